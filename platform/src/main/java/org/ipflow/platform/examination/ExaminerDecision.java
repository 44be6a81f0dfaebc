package org.ipflow.platform.examination;

/**
 * What an examiner decides on a task.
 *
 * @param outcome {@code ACCEPT} or {@code REFUSE}
 * @param reason the examiner's grounds, required for a refusal
 */
public record ExaminerDecision(String outcome, String reason) {}
