-- Notices the office sends (deficiencies, missing elements, payment requests) with the time limit they
-- set, and the payments received for applications.

CREATE TABLE notice (
    id                  uuid PRIMARY KEY,
    filing_id           uuid         NOT NULL REFERENCES filing (id),
    kind                varchar(40)  NOT NULL,
    language            varchar(8)   NOT NULL,
    dispatched_at       timestamptz  NOT NULL,
    deemed_notified_on  date         NOT NULL,
    time_limit_last_day date         NOT NULL,
    time_limit_passes   timestamptz  NOT NULL,
    time_limit          jsonb        NOT NULL,
    reasons             jsonb        NOT NULL,
    answered_at         timestamptz
);
CREATE INDEX notice_filing ON notice (filing_id, dispatched_at);

CREATE TABLE payment (
    id           uuid PRIMARY KEY,
    filing_id    uuid          NOT NULL REFERENCES filing (id),
    amount       numeric(12, 2) NOT NULL CHECK (amount > 0),
    currency     char(3)       NOT NULL,
    reference    varchar(100)  NOT NULL,
    provider     varchar(40)   NOT NULL,
    received_at  timestamptz   NOT NULL,
    UNIQUE (provider, reference)
);
CREATE INDEX payment_filing ON payment (filing_id);

GRANT SELECT, INSERT ON notice TO ${app_role};
GRANT UPDATE (answered_at) ON notice TO ${app_role};
GRANT SELECT, INSERT ON payment TO ${app_role};
