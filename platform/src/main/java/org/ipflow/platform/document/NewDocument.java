package org.ipflow.platform.document;

import java.util.Objects;

/**
 * A document about to be stored.
 *
 * @param kind what it is
 * @param fileName the name it was filed or issued under
 * @param mediaType its media type, already checked against its content
 * @param content its bytes
 */
public record NewDocument(DocumentKind kind, String fileName, String mediaType, byte[] content) {

  public NewDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
  }
}
