-- The audit trail: one row per request that reads or changes a filing, a document, a notice, a
-- decision, a task or a model, whoever made it and however it ended (denials included). Like the
-- decision ledger it is append-only for the platform's role: SELECT and INSERT, nothing else.
CREATE TABLE audit_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    actor           varchar(255) NOT NULL,
    actor_subject   varchar(255),
    roles           varchar(500) NOT NULL,
    channel         varchar(10)  NOT NULL CHECK (channel IN ('API', 'BROWSER')),
    method          varchar(10)  NOT NULL,
    path            varchar(2000) NOT NULL,
    action          varchar(10)  NOT NULL CHECK (action IN ('READ', 'WRITE')),
    resource_type   varchar(40)  NOT NULL,
    resource_id     varchar(100),
    -- No foreign key: a denied request for an id that does not exist is recorded too.
    filing_id       uuid,
    status          smallint     NOT NULL,
    outcome         varchar(20)  NOT NULL
        CHECK (outcome IN ('SUCCEEDED', 'UNAUTHENTICATED', 'DENIED', 'NOT_FOUND', 'REJECTED', 'FAILED')),
    remote_address  varchar(100),
    user_agent      varchar(300)
);
CREATE INDEX audit_event_filing ON audit_event (filing_id, id) WHERE filing_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor, id);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);

GRANT SELECT, INSERT ON audit_event TO ${app_role};
