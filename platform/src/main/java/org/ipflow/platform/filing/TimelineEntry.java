package org.ipflow.platform.filing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ipflow.workers.decision.Reason;

/**
 * One step of a filing's history: a change of status or event, or a decision with its reasons.
 *
 * @param type {@code EVENT} or {@code DECISION}
 * @param name the event type or the decision type
 * @param status the status the filing entered, for status events
 * @param outcome the decision's outcome, for decisions
 * @param reasons the decision's reasons, for decisions
 * @param summary one line for people
 * @param actor who did it: a worker, a user, or the applicant
 * @param decisionId for decisions: the ledger row, which the applicant names to contest it
 * @param automated for decisions: taken by a machine, hence open to a review on request
 */
public record TimelineEntry(
    Instant at,
    String type,
    String name,
    FilingStatus status,
    String outcome,
    List<Reason> reasons,
    String summary,
    String actor,
    UUID decisionId,
    boolean automated) {

  /** An event: no decision of its own. */
  public TimelineEntry(
      Instant at,
      String type,
      String name,
      FilingStatus status,
      String outcome,
      List<Reason> reasons,
      String summary,
      String actor) {
    this(at, type, name, status, outcome, reasons, summary, actor, null, false);
  }
}
