package org.ipflow.signing;

/** Signs or seals documents. Implementations are thread-safe. */
public interface DocumentSigner {

  /**
   * Returns a copy of {@code pdf} with a PAdES signature (or seal) appended as an incremental
   * update.
   *
   * @throws SigningException if the document cannot be signed (not a PDF, encrypted, TSA failure …)
   * @throws UnsupportedOperationException for a role this signer does not support yet
   */
  byte[] signPdf(byte[] pdf, SigningRequest request);
}
