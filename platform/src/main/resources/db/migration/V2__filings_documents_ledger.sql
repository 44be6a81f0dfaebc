-- The platform's own tables. Flyway runs this as the owner role; the platform's role (${app_role}) gets
-- only what it needs: the decision ledger and the filing events are insert-only for it, documents are
-- never changed once stored.

CREATE TABLE filing (
    id                  uuid PRIMARY KEY,
    application_number  varchar(15)  NOT NULL UNIQUE CHECK (application_number ~ '^[0-9]{15}$'),
    office_code         char(2)      NOT NULL,
    ip_right            varchar(20)  NOT NULL,
    status              varchar(40)  NOT NULL,
    filing_date         date         NOT NULL,
    received_at         timestamptz  NOT NULL,
    filed_by            varchar(255) NOT NULL,
    applicant_name      text,
    applicant_country   varchar(100),
    mark_text           text,
    request             jsonb        NOT NULL,
    fee_amount          numeric(12, 2),
    fee_currency        char(3),
    registration_number varchar(20) UNIQUE,
    registration_date   date,
    expiry_date         date,
    version             integer      NOT NULL DEFAULT 0,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX filing_filed_by ON filing (filed_by);

CREATE TABLE document (
    id          uuid PRIMARY KEY,
    filing_id   uuid         NOT NULL REFERENCES filing (id),
    kind        varchar(40)  NOT NULL,
    origin      varchar(20)  NOT NULL CHECK (origin IN ('APPLICANT', 'OFFICE')),
    file_name   varchar(255) NOT NULL,
    media_type  varchar(100) NOT NULL,
    size_bytes  bigint       NOT NULL CHECK (size_bytes >= 0),
    sha256      char(64)     NOT NULL,
    content     bytea        NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX document_filing ON document (filing_id);
-- One registration certificate per filing, whatever a redelivered job tries.
CREATE UNIQUE INDEX document_one_registration_certificate ON document (filing_id)
    WHERE kind = 'REGISTRATION_CERTIFICATE';

CREATE TABLE filing_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    filing_id   uuid         NOT NULL REFERENCES filing (id),
    occurred_at timestamptz  NOT NULL,
    type        varchar(40)  NOT NULL,
    status      varchar(40),
    summary     text         NOT NULL,
    actor       varchar(255) NOT NULL
);
CREATE INDEX filing_event_filing ON filing_event (filing_id, occurred_at);

CREATE TABLE decision_ledger (
    id                   uuid PRIMARY KEY,
    filing_id            uuid         NOT NULL REFERENCES filing (id),
    decision_type        varchar(60)  NOT NULL,
    decision_version     varchar(100) NOT NULL,
    outcome              varchar(40)  NOT NULL,
    reasons              jsonb        NOT NULL,
    input_snapshot       jsonb        NOT NULL,
    input_hash           char(64)     NOT NULL,
    outputs              jsonb        NOT NULL,
    legal_basis          text         NOT NULL,
    actor                varchar(255) NOT NULL,
    actor_kind           varchar(10)  NOT NULL CHECK (actor_kind IN ('SYSTEM', 'HUMAN')),
    process_instance_id  varchar(64),
    activity_id          varchar(255),
    activity_instance_id varchar(255) NOT NULL,
    decided_at           timestamptz  NOT NULL,
    -- A task the engine delivers twice finds the row of its first delivery instead of writing another.
    CONSTRAINT decision_ledger_once_per_activity UNIQUE (activity_instance_id, decision_type)
);
CREATE INDEX decision_ledger_filing ON decision_ledger (filing_id, decided_at);

-- ST.13 serial numbers: one sequence per (IP type, year of receipt), created on first use. The function
-- runs as the owner so that the platform's role needs no right to create objects.
CREATE FUNCTION next_application_serial(ip_type_code text, receipt_year integer) RETURNS bigint
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = ipflow, pg_temp
AS
$$
DECLARE
    sequence_name text;
BEGIN
    IF ip_type_code !~ '^[0-9]{2}$' OR receipt_year NOT BETWEEN 1000 AND 9999 THEN
        RAISE EXCEPTION 'invalid IP type code % or year %', ip_type_code, receipt_year;
    END IF;
    sequence_name := format('application_serial_%s_%s', ip_type_code, receipt_year);
    BEGIN
        RETURN nextval(sequence_name);
    EXCEPTION
        WHEN undefined_table THEN
            BEGIN
                EXECUTE format('CREATE SEQUENCE %I MINVALUE 1 MAXVALUE 999999999 NO CYCLE', sequence_name);
            EXCEPTION
                WHEN duplicate_table OR unique_violation THEN NULL; -- created by a concurrent filing
            END;
            RETURN nextval(sequence_name);
    END;
END
$$;
REVOKE ALL ON FUNCTION next_application_serial(text, integer) FROM PUBLIC;

CREATE SEQUENCE registration_serial MINVALUE 1 MAXVALUE 99999999 NO CYCLE;

GRANT USAGE ON SCHEMA ipflow TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON filing TO ${app_role};
GRANT SELECT, INSERT ON document TO ${app_role};
GRANT SELECT, INSERT ON filing_event TO ${app_role};
GRANT SELECT, INSERT ON decision_ledger TO ${app_role};
GRANT EXECUTE ON FUNCTION next_application_serial(text, integer) TO ${app_role};
GRANT USAGE ON SEQUENCE registration_serial TO ${app_role};
