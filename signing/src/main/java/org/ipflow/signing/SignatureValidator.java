package org.ipflow.signing;

/** Validates the signatures of a document offline. Implementations are thread-safe. */
public interface SignatureValidator {

  /**
   * Validates the signatures in {@code document}. A document without any signature, in no signature
   * format the validator recognises, or that cannot be read at all (a damaged PDF, say) gives a
   * result with {@code signed == false} and the reason in {@code warnings}.
   *
   * @param document the document bytes (PDF; XML and JSON signature formats are recognised too)
   * @param fileName the document's name, used in the reports (may be null)
   * @throws SigningException if a readable signed document cannot be validated (an unexpected
   *     failure inside the validation library; the message says what happened)
   */
  ValidationResult validate(byte[] document, String fileName);
}
