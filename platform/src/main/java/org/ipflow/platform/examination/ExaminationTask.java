package org.ipflow.platform.examination;

import java.time.Instant;
import java.util.UUID;

/** An open task in an examiner's queue. */
public record ExaminationTask(
    String id,
    String name,
    String activityId,
    UUID filingId,
    String applicationNumber,
    String assignee,
    Instant created) {}
