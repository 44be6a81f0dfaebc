-- The job executor looks for due jobs about once per step of the procedure, with "due date null or
-- past" among its conditions; the engine's schema has no index on the due date, so every look read
-- every job, the timers waiting for months (opposition periods, time limits) included: 2.6 ms with
-- 3,600 waiting timers, and linear in them. With this index it reads only the due ones (0.07 ms).
CREATE INDEX ipflow_act_ru_job_duedate ON act_ru_job (duedate_);

-- Marks enter the register one at a time, and each enters the trigram index's pending list (GIN fast
-- update), which every search then reads in full until a vacuum merges it; the planner, seeing the
-- list, even preferred comparing every mark in force. Searches are as frequent as new marks, so
-- entries go straight into the index instead (a little more work per new mark).
ALTER INDEX register_mark_normalized_trgm SET (fastupdate = off);
SELECT gin_clean_pending_list('register_mark_normalized_trgm');
