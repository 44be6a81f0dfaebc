-- Idempotency-Key on filing submissions: a retried submission (same caller, same key) gets the
-- filing it already created, never a second one. Stored in the transaction that stores the filing,
-- so a key is never recorded for a filing that was not, and vice versa.
CREATE TABLE filing_idempotency (
    filed_by         varchar(255) NOT NULL,
    idempotency_key  varchar(255) NOT NULL,
    -- SHA-256 of the submission's content: the same key with other content is refused.
    fingerprint      char(64)     NOT NULL,
    -- Written first (so that a concurrent retry waits on the key, not after the work), checked at commit.
    filing_id        uuid         NOT NULL REFERENCES filing (id) DEFERRABLE INITIALLY DEFERRED,
    created_at       timestamptz  NOT NULL,
    PRIMARY KEY (filed_by, idempotency_key)
);

GRANT SELECT, INSERT ON filing_idempotency TO ${app_role};
