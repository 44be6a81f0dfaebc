package org.ipflow.platform.document;

import java.time.Instant;
import java.util.UUID;

/** A stored document's description; its bytes are read separately. */
public record StoredDocument(
    UUID id,
    UUID filingId,
    DocumentKind kind,
    DocumentKind.Origin origin,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    Instant createdAt) {}
