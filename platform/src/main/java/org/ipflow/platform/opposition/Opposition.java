package org.ipflow.platform.opposition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An opposition against a published mark.
 *
 * @param status {@code FILED}, {@code ADMISSIBLE}, {@code INADMISSIBLE}, {@code
 *     AWAITING_APPLICANT}, {@code AWAITING_OPPONENT}, {@code AWAITING_DECISION} or {@code DECIDED}
 * @param decision {@code UPHELD}, {@code REJECTED} or {@code INADMISSIBLE} once decided
 */
public record Opposition(
    UUID id,
    UUID filingId,
    String opponentSubject,
    String opponentName,
    String opponentCountry,
    String earlierRight,
    String grounds,
    Instant filedAt,
    BigDecimal paidAmount,
    String currency,
    String paymentReference,
    String status,
    String decision,
    Instant decidedAt) {

  public boolean decided() {
    return decision != null;
  }
}
