package org.ipflow.platform.filing;

/**
 * The answer to a submission.
 *
 * @param replayed whether an earlier submission with the same idempotency key created the filing
 */
public record Submission(FilingReceipt receipt, boolean replayed) {}
