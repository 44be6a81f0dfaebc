-- Publication of applications and registrations, and oppositions against published marks.

ALTER TABLE filing ADD COLUMN published_at timestamptz;

CREATE TABLE opposition (
    id                uuid PRIMARY KEY,
    filing_id         uuid          NOT NULL REFERENCES filing (id),
    opponent_subject  varchar(255)  NOT NULL,
    opponent_name     text          NOT NULL,
    opponent_country  varchar(100),
    earlier_right     varchar(100),
    grounds           text          NOT NULL,
    filed_at          timestamptz   NOT NULL,
    paid_amount       numeric(12, 2) NOT NULL DEFAULT 0,
    currency          char(3),
    payment_reference varchar(100),
    status            varchar(30)   NOT NULL,
    decision          varchar(30),
    decided_at        timestamptz
);
CREATE INDEX opposition_filing ON opposition (filing_id);

-- Notices of an opposition go to either party.
ALTER TABLE notice ADD COLUMN opposition_id uuid REFERENCES opposition (id);
ALTER TABLE notice ADD COLUMN addressee varchar(20) NOT NULL DEFAULT 'APPLICANT';

GRANT SELECT, INSERT ON opposition TO ${app_role};
GRANT UPDATE (status, decision, decided_at) ON opposition TO ${app_role};
