-- The register the relative-grounds search runs over: one row per trade mark published or entered in
-- the register, kept with its status once refused, withdrawn, expired or cancelled (such marks are no
-- earlier rights, but the row says why). A derived index, rebuilt from the filings whenever needed: it
-- records no decision, so the platform's role may change and delete its rows.
--
-- pg_trgm is a trusted extension: the database owner (the role Flyway runs as) may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE register_mark (
    filing_id           uuid         PRIMARY KEY,
    application_number  varchar(30)  NOT NULL UNIQUE,
    registration_number varchar(20),
    mark_text           text         NOT NULL,
    -- The forms compared (org.ipflow.workers.relativegrounds.MarkForms), and their version, so that
    -- they can be recomputed from mark_text when it changes.
    normalized          text         NOT NULL,
    phonetic_key        text         NOT NULL,
    forms_version       varchar(20)  NOT NULL,
    nice_classes        integer[]    NOT NULL CHECK (cardinality(nice_classes) > 0
                                                     AND 1 <= ALL (nice_classes)
                                                     AND 45 >= ALL (nice_classes)),
    status              varchar(20)  NOT NULL CHECK (status IN ('PUBLISHED', 'REGISTERED', 'REFUSED',
                                                                'WITHDRAWN', 'EXPIRED', 'CANCELLED')),
    owner_name          text,
    -- The mark's seniority: its filing date, or the date of the priority it claims.
    priority_date       date,
    updated_at          timestamptz  NOT NULL
);

-- Only marks in force are searched; the indexes hold only them. Candidates are marks whose normalized
-- form is trigram-similar to the query's (GIN, gin_trgm_ops) or whose phonetic key is the query's
-- (B-tree); their classes are checked on those few rows. An index on nice_classes is left out on
-- purpose: a class holds a tenth of the register, far more rows than look alike.
CREATE INDEX register_mark_normalized_trgm ON register_mark USING gin (normalized gin_trgm_ops)
    WHERE status IN ('PUBLISHED', 'REGISTERED');
CREATE INDEX register_mark_phonetic_key ON register_mark (phonetic_key)
    WHERE status IN ('PUBLISHED', 'REGISTERED');
CREATE INDEX register_mark_forms_version ON register_mark (forms_version);

GRANT SELECT, INSERT, UPDATE, DELETE ON register_mark TO ${app_role};
