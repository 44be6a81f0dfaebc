-- A notice is deemed notified on the day its addressee opens it, if that comes before the configured
-- days after dispatch: opening it moves the deemed date, and with it the time limit.
ALTER TABLE notice ADD COLUMN opened_at timestamptz;

GRANT UPDATE (opened_at, deemed_notified_on, time_limit) ON notice TO ${app_role};
