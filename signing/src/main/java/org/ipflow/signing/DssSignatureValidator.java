package org.ipflow.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Offline validation of signed documents with DSS and its default (ETSI) validation policy. */
final class DssSignatureValidator implements SignatureValidator {

  private final OfflineTrust trust;
  private final int visualComparisonMaxPages;
  private final ValidationPolicy policy;

  DssSignatureValidator(OfflineTrust trust, int visualComparisonMaxPages) {
    this.trust = trust;
    this.visualComparisonMaxPages = visualComparisonMaxPages;
    // Loaded once: parsing the policy XML on every validation would cost more than many a check.
    this.policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
  }

  @Override
  public ValidationResult validate(byte[] document, String fileName) {
    Objects.requireNonNull(document, "document");
    if (document.length == 0) {
      return ValidationResult.unsigned("The document is empty", null);
    }
    DSSDocument dssDocument = new InMemoryDocument(document, fileName);
    SignedDocumentValidator validator;
    try {
      validator = SignedDocumentValidator.fromDocument(dssDocument);
    } catch (UnsupportedOperationException e) {
      return ValidationResult.unsigned(
          "The document is in no signature format the validator recognises", null);
    } catch (RuntimeException e) {
      // A format was recognised from the first bytes (e.g. DER for CMS) but the document does not
      // parse as that format: no signature can be read from it.
      return ValidationResult.unsigned(
          "The document could not be read as a signed document: " + PadesDocumentSigner.describe(e),
          null);
    }
    if (validator instanceof PDFDocumentValidator pdfValidator) {
      pdfValidator.setPdfObjFactory(pdfObjectFactory());
    }
    validator.setCertificateVerifier(trust.newCertificateVerifier());
    validator.setLocale(Locale.ENGLISH);
    try {
      // Parses the document and extracts its signatures (DSS keeps them for the validation).
      validator.getSignatures();
    } catch (RuntimeException e) {
      return ValidationResult.unsigned(
          "The document could not be read: " + PadesDocumentSigner.describe(e), null);
    }
    try {
      return toResult(validator.validateDocument(policy));
    } catch (RuntimeException e) {
      throw new SigningException(
          "Cannot validate document " + name(fileName) + ": " + PadesDocumentSigner.describe(e), e);
    }
  }

  private PdfBoxDefaultObjectFactory pdfObjectFactory() {
    DefaultPdfDifferencesFinder differencesFinder = new DefaultPdfDifferencesFinder();
    differencesFinder.setMaximalPagesAmountForVisualComparison(visualComparisonMaxPages);
    PdfBoxDefaultObjectFactory factory = new PdfBoxDefaultObjectFactory();
    factory.setPdfDifferencesFinder(differencesFinder);
    return factory;
  }

  private static ValidationResult toResult(Reports reports) {
    String reportXml = reports.getXmlValidationReport();
    SimpleReport simple = reports.getSimpleReport();
    List<String> ids = simple.getSignatureIdList();
    if (ids.isEmpty()) {
      return ValidationResult.unsigned("The document carries no signature", reportXml);
    }
    String id = described(simple, ids);
    SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
    CertificateWrapper signingCertificate =
        signature == null ? null : signature.getSigningCertificate();
    String signerName =
        signingCertificate != null && signingCertificate.getCommonName() != null
            ? signingCertificate.getCommonName()
            : simple.getSignedBy(id);
    Indication indication = simple.getIndication(id);
    var subIndication = simple.getSubIndication(id);
    var qualification = simple.getSignatureQualification(id);
    var format = simple.getSignatureFormat(id);
    boolean wholeDocument =
        simple.getSignatureScopes(id).stream()
            .anyMatch(scope -> scope.getScope() == SignatureScopeType.FULL);
    return new ValidationResult(
        true,
        indication == null ? null : indication.name(),
        subIndication == null ? null : subIndication.name(),
        qualification == null ? null : qualification.name(),
        format == null ? null : format.toString(),
        signerName,
        instant(simple.getSigningTime(id)),
        signature != null && !signature.getTimestampList().isEmpty(),
        reportXml,
        ids.size(),
        instant(simple.getBestSignatureTime(id)),
        wholeDocument,
        texts(simple.getAdESValidationErrors(id)),
        texts(simple.getAdESValidationWarnings(id)));
  }

  /** The worst-validating signature, and among equals the latest (last in document order). */
  private static String described(SimpleReport simple, List<String> ids) {
    String chosen = ids.get(0);
    for (String id : ids) {
      if (rank(simple.getIndication(id)) <= rank(simple.getIndication(chosen))) {
        chosen = id;
      }
    }
    return chosen;
  }

  private static int rank(Indication indication) {
    if (indication == null) {
      return 1;
    }
    return switch (indication) {
      case TOTAL_FAILED, FAILED -> 0;
      case TOTAL_PASSED, PASSED -> 2;
      default -> 1;
    };
  }

  private static List<String> texts(List<Message> messages) {
    return messages == null ? List.of() : messages.stream().map(Message::getValue).toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String name(String fileName) {
    return fileName == null ? "(unnamed)" : "'" + fileName + "'";
  }
}
