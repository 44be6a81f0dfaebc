-- Contests of automated decisions (GDPR Art. 22(3)): the applicant asks for a human review; the time
-- limits that depend on the decision stand still meanwhile. The review's outcome is a new ledger row
-- that points to the row it reviews, so the ledger itself says which decision was reviewed and how.

ALTER TABLE decision_ledger ADD COLUMN reviews_decision_id uuid REFERENCES decision_ledger (id);

CREATE TABLE contest (
    id                  uuid PRIMARY KEY,
    filing_id           uuid         NOT NULL REFERENCES filing (id),
    decision_id         uuid         NOT NULL REFERENCES decision_ledger (id),
    grounds             text         NOT NULL,
    contested_by        varchar(255) NOT NULL,
    contested_at        timestamptz  NOT NULL,
    status              varchar(20)  NOT NULL CHECK (status IN ('UNDER_REVIEW', 'UPHELD', 'DISMISSED')),
    corrected_outcome   varchar(40),
    reviewed_by         varchar(255),
    reviewed_at         timestamptz,
    -- How long the time limits stood still; they are extended by that much once the review ends.
    time_limits_resumed_at timestamptz
);
CREATE INDEX contest_filing ON contest (filing_id, contested_at);
-- One review at a time per decision.
CREATE UNIQUE INDEX contest_one_open_per_decision ON contest (decision_id) WHERE status = 'UNDER_REVIEW';

GRANT SELECT, INSERT ON contest TO ${app_role};
GRANT UPDATE (status, corrected_outcome, reviewed_by, reviewed_at, time_limits_resumed_at) ON contest TO ${app_role};
-- A suspended time limit ends later by the time it stood still.
GRANT UPDATE (time_limit_last_day, time_limit_passes) ON notice TO ${app_role};
