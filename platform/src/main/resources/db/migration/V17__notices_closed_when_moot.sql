-- A notice the procedure no longer waits for (an upheld contest of the decision that sent it) is
-- closed by the office, with its reason: it no longer runs against the applicant. The notice itself
-- stays as sent.
ALTER TABLE notice ADD COLUMN closed_at timestamptz;
ALTER TABLE notice ADD COLUMN closed_reason text;
GRANT UPDATE (closed_at, closed_reason) ON notice TO ${app_role};
