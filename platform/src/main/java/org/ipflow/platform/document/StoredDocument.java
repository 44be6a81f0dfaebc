package org.ipflow.platform.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored document's description; its bytes are read separately.
 *
 * @param signature what validating its signatures found, for uploads the office validates (PDF,
 *     XML); {@code null} for other uploads and for what the office issues
 */
public record StoredDocument(
    UUID id,
    UUID filingId,
    DocumentKind kind,
    DocumentKind.Origin origin,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    Instant createdAt,
    SignatureCheck signature) {

  public StoredDocument(
      UUID id,
      UUID filingId,
      DocumentKind kind,
      DocumentKind.Origin origin,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      Instant createdAt) {
    this(id, filingId, kind, origin, fileName, mediaType, size, sha256, createdAt, null);
  }
}
