-- What the validation of an uploaded document's signature found (issue 4): every PDF or XML an
-- applicant uploads is validated on upload; the result and DSS's ETSI validation report (ETSI TS 119
-- 102-2) are kept beside the document, never in place of it. An unsigned upload has a row too
-- (signed = false), so "not signed" is a finding, not a gap.
CREATE TABLE document_signature (
    document_id            uuid PRIMARY KEY REFERENCES document (id),
    signed                 boolean      NOT NULL,
    indication             varchar(30),
    sub_indication         varchar(60),
    qualification          varchar(80),
    format                 varchar(40),
    signer                 text,
    signing_time           timestamptz,
    signature_count        integer      NOT NULL,
    covers_whole_document  boolean      NOT NULL,
    notes                  text         NOT NULL,
    report_xml             text,
    validated_at           timestamptz  NOT NULL
);

GRANT SELECT, INSERT ON document_signature TO ${app_role};
