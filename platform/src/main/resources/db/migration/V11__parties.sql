-- Parties (WIPO CWS Rec. 1(e)iii): applicants and representatives as records of their own. Each has
-- the office's party number, and may have a global identifier the filer gave (an LEI...). Filings
-- point to their parties through filing_party; a merge moves those pointers, never the filings.
CREATE SEQUENCE party_serial;

CREATE TABLE party (
    id                  uuid PRIMARY KEY,
    party_number        varchar(20)  NOT NULL UNIQUE,
    name                text         NOT NULL,
    normalised_name     text         NOT NULL,
    country             varchar(100),
    address             text,
    normalised_address  text         NOT NULL,
    kind                varchar(20),
    global_id_scheme    varchar(20),
    global_id           varchar(100),
    merged_into         uuid REFERENCES party (id),
    merged_at           timestamptz,
    merged_by           varchar(255),
    created_at          timestamptz  NOT NULL,
    CHECK ((global_id_scheme IS NULL) = (global_id IS NULL)),
    CHECK (merged_into IS NULL OR merged_into <> id)
);
-- One standing party per global identifier.
CREATE UNIQUE INDEX party_global_id ON party (global_id_scheme, global_id)
    WHERE global_id IS NOT NULL AND merged_into IS NULL;
CREATE INDEX party_identity ON party (normalised_name, country, normalised_address)
    WHERE merged_into IS NULL;
CREATE INDEX party_name_trgm ON party USING gin (normalised_name gin_trgm_ops);

CREATE TABLE filing_party (
    filing_id  uuid        NOT NULL REFERENCES filing (id),
    role       varchar(20) NOT NULL CHECK (role IN ('APPLICANT', 'REPRESENTATIVE')),
    party_id   uuid        NOT NULL REFERENCES party (id),
    PRIMARY KEY (filing_id, role)
);
CREATE INDEX filing_party_party ON filing_party (party_id);

GRANT SELECT, INSERT ON party TO ${app_role};
GRANT UPDATE (merged_into, merged_at, merged_by, global_id_scheme, global_id) ON party TO ${app_role};
GRANT SELECT, INSERT ON filing_party TO ${app_role};
GRANT UPDATE (party_id) ON filing_party TO ${app_role};
GRANT USAGE ON SEQUENCE party_serial TO ${app_role};
