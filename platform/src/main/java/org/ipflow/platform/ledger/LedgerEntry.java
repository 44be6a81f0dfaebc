package org.ipflow.platform.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.workers.decision.Reason;

/**
 * One row of the decision ledger.
 *
 * @param reviewsDecisionId for the review of a contested decision or the confirmation of an
 *     automated one: the row it reviews
 * @param awaitsConfirmation an automated decision that takes effect only once an officer confirms
 *     it (no legal basis for automating it is configured)
 */
public record LedgerEntry(
    UUID id,
    UUID filingId,
    String decisionType,
    String decisionVersion,
    String outcome,
    List<Reason> reasons,
    Map<String, Object> inputs,
    String inputHash,
    Map<String, Object> outputs,
    String legalBasis,
    Actor actor,
    EngineStep step,
    Instant decidedAt,
    UUID reviewsDecisionId,
    boolean awaitsConfirmation) {

  /** Whether a machine took this decision, so that the applicant may ask a human to review it. */
  public boolean automated() {
    return actor.kind() == Actor.Kind.SYSTEM;
  }
}
