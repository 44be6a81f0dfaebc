-- Archive time-stamp renewal (issue 4): the job table of V13 also holds renewals. A RENEW job is
-- for the latest B-LTA version of a document; when its archive time-stamp is due for renewal (the
-- time-stamping certificate or its algorithms expire within the configured margin) a new archive
-- time-stamp is added and the result stored as a new version, which gets the next RENEW job.
-- Existing jobs are augmentations.
ALTER TABLE augmentation_job
    ADD COLUMN purpose varchar(10) NOT NULL DEFAULT 'AUGMENT' CHECK (purpose IN ('AUGMENT', 'RENEW'));
-- A renewal adds an archive time-stamp: it keeps (and needs) the B-LTA level.
ALTER TABLE augmentation_job
    ADD CONSTRAINT augmentation_job_renews_lta CHECK (purpose <> 'RENEW' OR target_level = 'B_LTA');

DROP INDEX augmentation_job_due;
CREATE INDEX augmentation_job_due ON augmentation_job (purpose, due_at) WHERE done_at IS NULL;
