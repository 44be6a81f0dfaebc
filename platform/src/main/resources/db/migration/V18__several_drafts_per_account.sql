-- Several applications in progress per account (an agent prepares many at once); the wizard shows
-- the account's current one, the others wait in "My filings" until the applicant continues one.
ALTER TABLE filing_draft ADD COLUMN id uuid;
UPDATE filing_draft SET id = (content ->> 'id')::uuid;
ALTER TABLE filing_draft ALTER COLUMN id SET NOT NULL;
ALTER TABLE filing_draft DROP CONSTRAINT filing_draft_pkey;
ALTER TABLE filing_draft ADD PRIMARY KEY (id);
ALTER TABLE filing_draft ADD COLUMN current boolean NOT NULL DEFAULT true;
CREATE UNIQUE INDEX filing_draft_one_current_per_owner ON filing_draft (owner) WHERE current;
CREATE INDEX filing_draft_owner ON filing_draft (owner, updated_at DESC);
