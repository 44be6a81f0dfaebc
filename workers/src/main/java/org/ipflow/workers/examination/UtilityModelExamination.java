package org.ipflow.workers.examination;

import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Utility models are registered once their formalities and fees are in order, without examination
 * of novelty or inventive step: this decision records that, with its basis, for the ledger.
 */
public final class UtilityModelExamination {

  public static final String TYPE = "utility-model-examination";
  public static final String VERSION = "1.0.0";
  public static final String ACCEPT = "ACCEPT";
  static final String LEGAL_BASIS =
      "Registration of utility models without substantive examination (office's utility-model law)";

  public Decision decide(String applicationNumber, boolean formalitiesComplete, boolean feesPaid) {
    if (!formalitiesComplete || !feesPaid) {
      throw new IllegalArgumentException(
          "a utility model reaches examination only with its formalities and fees in order");
    }
    return new Decision(
        TYPE,
        VERSION,
        ACCEPT,
        List.of(
            new Reason(
                "UM-NO-EXAM",
                "Formalities and fees are in order; a utility model is registered without"
                    + " substantive examination.")),
        Map.of(
            "applicationNumber",
            applicationNumber,
            "formalitiesComplete",
            formalitiesComplete,
            "feesPaid",
            feesPaid),
        Map.of(),
        LEGAL_BASIS);
  }
}
