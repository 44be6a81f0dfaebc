package org.ipflow.platform.filing;

import java.util.UUID;

/** The office sent a notice; published in the transaction that recorded it. */
public record NoticeSent(UUID filingId, Notice notice) {}
