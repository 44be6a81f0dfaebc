package org.ipflow.platform.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.workers.decision.Reason;

/**
 * A notice the office sent, and the time limit it set. The time limit runs from the deemed date of
 * notification and is extended by the office calendar; it has passed at {@code timeLimitPasses}.
 *
 * @param kind {@code MISSING_ELEMENTS}, {@code DEFICIENCIES} or {@code PAYMENT_REQUEST}
 * @param language the language of proceedings the notice is written in
 * @param timeLimit how the time limit was computed (start, period, extension and its reason)
 * @param reasons what the notice asks to remedy
 * @param answeredAt when the addressee answered, or {@code null}
 * @param addressee {@code APPLICANT} or, in an opposition, {@code OPPONENT}
 * @param oppositionId the opposition the notice belongs to, or {@code null}
 * @param closedAt when the office closed the notice unanswered because the procedure no longer
 *     waits for it (an upheld contest of the decision that sent it), or {@code null}
 * @param closedReason why it was closed, or {@code null}
 */
public record Notice(
    UUID id,
    String kind,
    String language,
    Instant dispatchedAt,
    LocalDate deemedNotifiedOn,
    LocalDate timeLimitLastDay,
    Instant timeLimitPasses,
    Map<String, Object> timeLimit,
    List<Reason> reasons,
    Instant answeredAt,
    String addressee,
    UUID oppositionId,
    Instant openedAt,
    Instant closedAt,
    String closedReason) {

  /** Whether the notice still waits for its addressee: neither answered nor closed. */
  public boolean awaitsAnswer() {
    return answeredAt == null && closedAt == null;
  }
}
