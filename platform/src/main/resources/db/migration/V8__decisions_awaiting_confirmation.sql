-- An automated decision of a type for which the office has configured no legal basis for automation
-- takes effect only once an officer confirms it; the confirmation is a row of its own that points
-- to the decision (reviews_decision_id).
ALTER TABLE decision_ledger ADD COLUMN awaits_confirmation boolean NOT NULL DEFAULT false;
