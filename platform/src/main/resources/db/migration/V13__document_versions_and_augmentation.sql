-- Long-term signatures (issue 4): a document the office issued at B-T is augmented to B-LTA after
-- issue by a job, never blocking the user; the augmented file is a new version beside the original,
-- which stays as issued. A job table makes the work durable: what is due survives a restart.
ALTER TABLE document ADD COLUMN supersedes uuid REFERENCES document (id);

DROP INDEX document_one_registration_certificate;
CREATE UNIQUE INDEX document_one_registration_certificate ON document (filing_id)
    WHERE kind = 'REGISTRATION_CERTIFICATE' AND supersedes IS NULL;
-- One successor per version: a job that runs twice stores one new version.
CREATE UNIQUE INDEX document_one_successor ON document (supersedes) WHERE supersedes IS NOT NULL;

CREATE TABLE augmentation_job (
    document_id         uuid PRIMARY KEY REFERENCES document (id),
    target_level        varchar(10)  NOT NULL CHECK (target_level IN ('B_LT', 'B_LTA')),
    due_at              timestamptz  NOT NULL,
    attempts            integer      NOT NULL DEFAULT 0,
    last_error          text,
    done_at             timestamptz,
    result_document_id  uuid REFERENCES document (id)
);
CREATE INDEX augmentation_job_due ON augmentation_job (due_at) WHERE done_at IS NULL;

GRANT SELECT, INSERT ON augmentation_job TO ${app_role};
GRANT UPDATE (due_at, attempts, last_error, done_at, result_document_id) ON augmentation_job TO ${app_role};
