package org.ipflow.platform.examination;

import java.util.List;

/**
 * What an examiner decides on a task.
 *
 * @param outcome one of the outcomes the task allows (e.g. {@code ACCEPT}, {@code OBJECT}, {@code
 *     REFUSE}, {@code APPROVE}, {@code RETURN}, {@code SEARCH_COMPLETED})
 * @param reason the grounds (required for an objection, a refusal, a return) or the search report
 * @param refusedClasses for a refusal of a mark in part: the Nice classes refused
 * @param correctedOutcome for an upheld contest of an automated decision: the outcome the decision
 *     should have had
 */
public record ExaminerDecision(
    String outcome, String reason, List<Integer> refusedClasses, String correctedOutcome) {

  public ExaminerDecision(String outcome, String reason) {
    this(outcome, reason, null, null);
  }

  public ExaminerDecision(String outcome, String reason, List<Integer> refusedClasses) {
    this(outcome, reason, refusedClasses, null);
  }
}
