-- The engine now gives every job a due date (ensure-job-due-date-not-null, application.yaml) and its
-- job executor no longer looks for jobs without one: jobs created before that (async continuations
-- waiting to run) are due from the time they were created.
UPDATE act_ru_job SET duedate_ = coalesce(create_time_, localtimestamp) WHERE duedate_ IS NULL;
