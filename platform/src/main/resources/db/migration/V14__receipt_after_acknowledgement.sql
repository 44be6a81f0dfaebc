-- Receipts after the acknowledgement (ADR 8): the filing is stored and acknowledged (HTTP 201) in one
-- transaction, which also records that its receipt is owed; sealing the receipt runs right after the
-- commit, so the applicant does not wait for it. The job row makes the promise durable: a receipt
-- owed when the platform stops is issued when it starts again.
CREATE TABLE receipt_job (
    filing_id     uuid PRIMARY KEY REFERENCES filing (id),
    due_at        timestamptz NOT NULL,
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text,
    done_at       timestamptz
);
CREATE INDEX receipt_job_due ON receipt_job (due_at) WHERE done_at IS NULL;

-- One receipt per filing, whichever runner issues it.
CREATE UNIQUE INDEX document_one_filing_receipt ON document (filing_id)
    WHERE kind = 'FILING_RECEIPT' AND supersedes IS NULL;

GRANT SELECT, INSERT ON receipt_job TO ${app_role};
GRANT UPDATE (due_at, attempts, last_error, done_at) ON receipt_job TO ${app_role};
