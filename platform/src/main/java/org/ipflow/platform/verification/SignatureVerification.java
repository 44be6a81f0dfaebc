package org.ipflow.platform.verification;

import java.util.Locale;
import java.util.Set;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.SigningException;
import org.ipflow.signing.ValidationResult;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Validates the signatures of a presented document: a PDF (PAdES), an XML document with its
 * signature inside (XAdES enveloped or enveloping) or a JAdES JSON signature. Nothing is stored;
 * what cannot be validated is a 4xx problem, never a 500.
 */
@Service
public class SignatureVerification {

  static final Set<String> PDF = Set.of("application/pdf");
  static final Set<String> XML = Set.of("application/xml", "text/xml");
  static final Set<String> JSON = Set.of("application/json", "application/jose+json");

  private final SignatureValidator validator;

  SignatureVerification(SignatureValidator validator) {
    this.validator = validator;
  }

  /**
   * The validation of {@code document}'s signatures.
   *
   * @param mediaType the declared media type (without parameters)
   * @throws ApiProblem 400 for an empty body, 422 for a document that is not what its type says or
   *     carries no signature the validator can find
   */
  public ValidationResult verify(byte[] document, String mediaType, String fileName) {
    if (document == null || document.length == 0) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "empty-document",
          "Empty document",
          "The request body must be the signed document (PDF, XML or JSON).");
    }
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    if (PDF.contains(type) && !startsWith(document, "%PDF-")) {
      throw notThatDocument("The body is not a PDF document (it does not start with %PDF-).");
    }
    ValidationResult result;
    try {
      result = validator.validate(document, fileName);
    } catch (SigningException e) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "cannot-validate",
          "Cannot validate",
          "The document's signatures could not be validated: " + e.getMessage());
    }
    if (!result.signed()) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "no-signature",
          "No signature",
          "The document carries no signature that can be validated"
              + (result.warnings().isEmpty() ? "." : ": " + String.join(" ", result.warnings())));
    }
    return result;
  }

  private static ApiProblem notThatDocument(String detail) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-document", "Unreadable document", detail);
  }

  private static boolean startsWith(byte[] document, String prefix) {
    // A PDF may have a few bytes of junk before its header; readers look within the first 1024.
    int limit = Math.min(document.length, 1024);
    byte[] p = prefix.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + p.length <= limit; i++) {
      for (int j = 0; j < p.length; j++) {
        if (document[i + j] != p[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
