-- The portal's filing wizard (issue 6) keeps each applicant's application in progress on the server,
-- so that a reload, another device or a new login continues it: one draft per account, its content
-- the JSON of a filing request (documents included, in base64) plus the wizard's own choices.
CREATE TABLE filing_draft (
    owner       varchar(255) PRIMARY KEY,
    content     jsonb        NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);

-- A payment the platform asked a payment provider to collect for a filing. The provider's signed
-- callback completes it once: a replayed callback finds it completed and records nothing.
CREATE TABLE payment_checkout (
    id                  uuid          PRIMARY KEY,
    filing_id           uuid          NOT NULL REFERENCES filing (id),
    payer               varchar(255)  NOT NULL,
    amount              numeric(12, 2) NOT NULL CHECK (amount > 0),
    currency            char(3)       NOT NULL,
    description         varchar(255)  NOT NULL,
    provider            varchar(40)   NOT NULL,
    return_url          varchar(1000) NOT NULL,
    created_at          timestamptz   NOT NULL,
    completed_at        timestamptz,
    provider_reference  varchar(100)
);
CREATE INDEX payment_checkout_filing ON payment_checkout (filing_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON filing_draft TO ${app_role};
GRANT SELECT, INSERT ON payment_checkout TO ${app_role};
GRANT UPDATE (completed_at, provider_reference) ON payment_checkout TO ${app_role};
