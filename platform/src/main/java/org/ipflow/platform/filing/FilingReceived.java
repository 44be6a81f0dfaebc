package org.ipflow.platform.filing;

import java.util.UUID;

/** A filing was received and stored; published in the transaction that stored it. */
public record FilingReceived(UUID filingId) {}
