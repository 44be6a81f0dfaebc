package org.ipflow.signing;

import java.nio.file.Path;

/** Validates the signatures of a document. Implementations are thread-safe. */
public interface SignatureValidator {

  /**
   * Validates the signatures in {@code document}. A document without any signature, in no signature
   * format the validator recognises, or that cannot be read at all (a damaged PDF, say) gives a
   * result with {@code signed == false} and the reason in {@code warnings}. A signed document whose
   * signature does not cover all of it, or that was modified after signing, never gives
   * TOTAL_PASSED.
   *
   * @param document the document bytes (PDF, XAdES, JAdES, CAdES)
   * @param fileName the document's name, used in the reports (may be null)
   * @throws SigningException only if a readable signed document cannot be validated (an unexpected
   *     failure inside the validation library; the message says what happened)
   */
  ValidationResult validate(byte[] document, String fileName);

  /**
   * Validates a document stored in a file without loading it into memory at once (large uploads).
   */
  ValidationResult validate(Path file, String fileName);

  /**
   * Validates a detached signature (e.g. the XAdES signature of an ST.96 XML document) against the
   * document it signs.
   *
   * @param signature the detached signature
   * @param detachedContent the signed document, exactly as signed
   * @param contentFileName the document's name (null: the name the signature references)
   */
  ValidationResult validateDetached(
      byte[] signature, byte[] detachedContent, String contentFileName);
}
