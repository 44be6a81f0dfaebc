package org.ipflow.platform.filing;

import java.util.UUID;

/** A filing entered {@code status}; published in the transaction that changed it. */
public record FilingStatusChanged(UUID filingId, FilingStatus status) {}
