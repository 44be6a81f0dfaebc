package org.ipflow.platform.verification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.ipflow.platform.verification.SignatureVerification;
import org.ipflow.signing.ValidationResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Validates the signatures of a document the caller presents, as offices offer third parties who
 * check a document the office issued: the body is the document itself.
 */
@RestController
@Tag(name = "Signatures")
class SignatureValidationController {

  private final SignatureVerification verification;

  SignatureValidationController(SignatureVerification verification) {
    this.verification = verification;
  }

  @Operation(
      summary = "Validate a signed document",
      description =
          "The body is the signed document: a PDF (PAdES), an XML document carrying its XAdES"
              + " signature, or a JAdES JSON signature. Nothing is stored. The answer gives the"
              + " ETSI indication, sub-indication, eIDAS qualification, signer, signing time and"
              + " the ETSI validation report (TS 119 102-2).")
  @PostMapping(
      path = "/api/v1/signature-validations",
      consumes = {
        MediaType.APPLICATION_PDF_VALUE,
        MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE,
        MediaType.APPLICATION_JSON_VALUE,
        "application/jose+json"
      },
      produces = MediaType.APPLICATION_JSON_VALUE)
  ValidationView validate(
      @RequestBody(required = false) byte[] document,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
    ValidationResult result =
        verification.verify(
            document,
            contentType.getType() + "/" + contentType.getSubtype(),
            "document." + contentType.getSubtype());
    return ValidationView.of(result);
  }

  /**
   * What the validation found, for the signature that validates worst (and, among equals, the
   * latest).
   *
   * @param indication TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED (ETSI EN 319 102-1)
   * @param qualification the eIDAS qualification, e.g. QESEAL, QESIG, ADESEAL_QC
   * @param etsiValidationReport the ETSI validation report (ETSI TS 119 102-2) as XML
   */
  record ValidationView(
      String indication,
      String subIndication,
      String qualification,
      String format,
      String signer,
      Instant signingTime,
      Instant bestSignatureTime,
      boolean timestamped,
      int signatureCount,
      boolean coversWholeDocument,
      List<String> errors,
      List<String> warnings,
      String etsiValidationReport) {

    static ValidationView of(ValidationResult result) {
      return new ValidationView(
          result.indication(),
          result.subIndication(),
          result.qualification(),
          result.format(),
          result.signerName(),
          result.signingTime(),
          result.bestSignatureTime(),
          result.timestamped(),
          result.signatureCount(),
          result.coversWholeDocument(),
          result.errors(),
          result.warnings(),
          result.reportXml());
    }
  }
}
