package org.ipflow.platform.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the applicant gets back the moment a filing is received. */
public record FilingReceipt(
    UUID id,
    ApplicationNumber applicationNumber,
    LocalDate filingDate,
    Instant receivedAt,
    FilingStatus status) {}
