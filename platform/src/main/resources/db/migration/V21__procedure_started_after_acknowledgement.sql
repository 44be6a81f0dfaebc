-- A filing's procedure is started right after the 201 that acknowledged it, by a durable job (ADR 15),
-- no longer inside the transaction that answered 201. The job row makes the start durable: a start
-- owed when the platform stops is made when it starts again. Filings received before this version
-- started their procedure in that transaction: nothing is owed for them.
CREATE TABLE procedure_start_job (
    filing_id     uuid PRIMARY KEY REFERENCES filing (id),
    due_at        timestamptz NOT NULL,
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text,
    done_at       timestamptz
);
CREATE INDEX procedure_start_job_due ON procedure_start_job (due_at) WHERE done_at IS NULL;

GRANT SELECT, INSERT ON procedure_start_job TO ${app_role};
GRANT UPDATE (due_at, attempts, last_error, done_at) ON procedure_start_job TO ${app_role};
