package org.ipflow.platform.ledger;

import java.util.Objects;

/**
 * The step of the procedure a decision was taken in. The activity instance makes the row unique:
 * the engine may deliver the same step twice, the ledger keeps one row.
 *
 * @param processInstanceId the case's process instance
 * @param activityId the model element, e.g. {@code CheckFormalities}
 * @param activityInstanceId this execution of that element
 */
public record EngineStep(String processInstanceId, String activityId, String activityInstanceId) {

  public EngineStep {
    Objects.requireNonNull(activityInstanceId, "activityInstanceId");
  }
}
