package org.ipflow.platform.contest;

import java.time.Instant;
import java.util.UUID;

/**
 * An applicant's request for a human review of an automated decision.
 *
 * @param decisionId the contested row of the decision ledger
 * @param status {@code UNDER_REVIEW}, {@code UPHELD} or {@code DISMISSED}
 * @param correctedOutcome for an upheld contest: the outcome the decision should have had
 * @param timeLimitsResumedAt when the suspended time limits ran again
 */
public record Contest(
    UUID id,
    UUID filingId,
    UUID decisionId,
    String grounds,
    String contestedBy,
    Instant contestedAt,
    String status,
    String correctedOutcome,
    String reviewedBy,
    Instant reviewedAt,
    Instant timeLimitsResumedAt) {

  public static final String UNDER_REVIEW = "UNDER_REVIEW";
}
