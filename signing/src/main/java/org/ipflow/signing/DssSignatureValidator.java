package org.ipflow.signing;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Validation of signed documents with DSS and IPFlow's strict variant of the ETSI policy. */
final class DssSignatureValidator implements SignatureValidator {

  private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};

  private final TrustServices trust;
  private final int visualComparisonMaxPages;
  private final ValidationPolicy policy;

  DssSignatureValidator(TrustServices trust, int visualComparisonMaxPages) {
    this.trust = trust;
    this.visualComparisonMaxPages = visualComparisonMaxPages;
    // Loaded once: parsing the policy XML on every validation would cost more than many a check.
    this.policy = ValidationPolicies.strict();
  }

  @Override
  public ValidationResult validate(byte[] document, String fileName) {
    Objects.requireNonNull(document, "document");
    if (document.length == 0) {
      return ValidationResult.unsigned("The document is empty", null);
    }
    return validate(new InMemoryDocument(document, fileName), fileName, null, new Bytes(document));
  }

  @Override
  public ValidationResult validate(Path file, String fileName) {
    Objects.requireNonNull(file, "file");
    try {
      if (Files.size(file) == 0) {
        return ValidationResult.unsigned("The document is empty", null);
      }
    } catch (IOException e) {
      throw new SigningException("Cannot read " + file, e);
    }
    return validate(new FileDocument(file.toFile()), fileName, null, new FileTail(file));
  }

  @Override
  public ValidationResult validateDetached(
      byte[] signature, byte[] detachedContent, String contentFileName) {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(detachedContent, "detachedContent");
    if (signature.length == 0) {
      return ValidationResult.unsigned("The signature is empty", null);
    }
    String name =
        contentFileName != null
            ? contentFileName
            : XadesReferences.detachedReferenceName(signature);
    return validate(
        new InMemoryDocument(signature, "signature.xml"),
        "signature.xml",
        new InMemoryDocument(detachedContent, name),
        new Bytes(signature));
  }

  /**
   * DSS reports of {@code document} (for the signer's augmentation checks), or null if unsigned.
   */
  Reports reports(DSSDocument document, DSSDocument detached) {
    SignedDocumentValidator validator = validator(document, detached);
    if (validator == null) {
      return null;
    }
    return validator.validateDocument(policy);
  }

  private SignedDocumentValidator validator(DSSDocument document, DSSDocument detached) {
    SignedDocumentValidator validator;
    try {
      validator = ServiceFiles.remembered(() -> SignedDocumentValidator.fromDocument(document));
    } catch (RuntimeException e) {
      return null;
    }
    configure(validator, detached, null);
    return validator;
  }

  private ValidationResult validate(
      DSSDocument dssDocument, String fileName, DSSDocument detached, Content content) {
    SignedDocumentValidator validator;
    try {
      validator = ServiceFiles.remembered(() -> SignedDocumentValidator.fromDocument(dssDocument));
    } catch (UnsupportedOperationException e) {
      return ValidationResult.unsigned(
          "The document is in no signature format the validator recognises", null);
    } catch (RuntimeException e) {
      // A format was recognised from the first bytes (e.g. DER for CMS) but the document does not
      // parse as that format: no signature can be read from it.
      return ValidationResult.unsigned(
          "The document could not be read as a signed document: " + Errors.describe(e), null);
    }
    configure(validator, detached, content);
    try {
      // Parses the document and extracts its signatures (DSS keeps them for the validation).
      validator.getSignatures();
    } catch (RuntimeException e) {
      return ValidationResult.unsigned(
          "The document could not be read: " + Errors.describe(e), null);
    }
    Reports reports;
    try {
      reports = validator.validateDocument(policy);
    } catch (RuntimeException e) {
      throw new SigningException(
          "Cannot validate document " + name(fileName) + ": " + Errors.describe(e), e);
    }
    boolean pdf = validator instanceof PDFDocumentValidator;
    return toResult(reports, pdf ? content : null);
  }

  private void configure(SignedDocumentValidator validator, DSSDocument detached, Content content) {
    if (validator instanceof PDFDocumentValidator pdfValidator) {
      // Rendering pages to compare a signed revision with the final document finds nothing when
      // the file holds a single signature that covers all of it (nothing was added after it):
      // skip that cost then, keep it whenever anything follows a signature.
      boolean onlyOneFullSignature = content != null && content.singleSignatureCoveringAll();
      pdfValidator.setPdfObjFactory(
          pdfObjectFactory(onlyOneFullSignature ? 0 : visualComparisonMaxPages));
    }
    validator.setCertificateVerifier(trust.newCertificateVerifier());
    validator.setLocale(Locale.ENGLISH);
    if (detached != null) {
      validator.setDetachedContents(List.of(detached));
    }
  }

  private static PdfBoxDefaultObjectFactory pdfObjectFactory(int pages) {
    DefaultPdfDifferencesFinder differencesFinder = new DefaultPdfDifferencesFinder();
    differencesFinder.setMaximalPagesAmountForVisualComparison(pages);
    PdfBoxDefaultObjectFactory factory = new PdfBoxDefaultObjectFactory();
    factory.setPdfDifferencesFinder(differencesFinder);
    return factory;
  }

  private static ValidationResult toResult(Reports reports, Content pdfContent) {
    String reportXml = reports.getXmlValidationReport();
    SimpleReport simple = reports.getSimpleReport();
    List<String> ids = simple.getSignatureIdList();
    if (ids.isEmpty()) {
      return ValidationResult.unsigned("The document carries no signature", reportXml);
    }
    String id = described(simple, ids);
    DiagnosticData diagnostic = reports.getDiagnosticData();
    SignatureWrapper signature = diagnostic.getSignatureById(id);
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
    List<String> errors = new ArrayList<>(texts(simple.getAdESValidationErrors(id)));
    String indicationName = indication == null ? null : indication.name();
    String subIndicationName = subIndication == null ? null : subIndication.name();
    if (pdfContent != null) {
      Optional<String> uncovered = uncoveredContent(diagnostic, pdfContent);
      if (uncovered.isPresent()) {
        // IPFlow's own check: bytes that no signature or time-stamp covers and that are not a
        // well-formed incremental update. The signed revision may be intact, but the file is not
        // what was signed.
        errors.add(uncovered.get());
        if (!Indication.TOTAL_FAILED.name().equals(indicationName)) {
          indicationName = Indication.TOTAL_FAILED.name();
          subIndicationName = "FORMAT_FAILURE";
        }
        wholeDocument = false;
      }
    }
    return new ValidationResult(
        true,
        indicationName,
        subIndicationName,
        qualification == null ? null : qualification.name(),
        format == null ? null : format.toString(),
        signerName,
        instant(simple.getSigningTime(id)),
        signature != null && !signature.getTimestampList().isEmpty(),
        reportXml,
        ids.size(),
        instant(simple.getBestSignatureTime(id)),
        wholeDocument,
        errors,
        texts(simple.getAdESValidationWarnings(id)));
  }

  /**
   * Describes content after the last byte that a signature or document time-stamp of the PDF
   * covers, unless it consists only of complete incremental updates (each with its {@code
   * startxref} and {@code %%EOF}), as validation data (B-LT) legitimately adds.
   */
  private static Optional<String> uncoveredContent(DiagnosticData diagnostic, Content content) {
    long coveredEnd = 0;
    for (SignatureWrapper signature : diagnostic.getSignatures()) {
      coveredEnd = Math.max(coveredEnd, end(signature.getPDFRevision()));
    }
    for (TimestampWrapper timestamp : diagnostic.getTimestampList()) {
      coveredEnd = Math.max(coveredEnd, end(timestamp.getPDFRevision()));
    }
    long length = content.length();
    if (coveredEnd <= 0 || coveredEnd >= length) {
      return Optional.empty();
    }
    if (length - coveredEnd > 64L * 1024 * 1024) {
      return Optional.of(
          "More than 64 MiB after the last signed revision: not covered by any signature");
    }
    byte[] tail = content.tail(coveredEnd);
    if (completeIncrementalUpdates(tail)) {
      return Optional.empty();
    }
    return Optional.of(
        "The file continues after the last signed revision ("
            + (length - coveredEnd)
            + " bytes) with content that is not a complete incremental update: the signature"
            + " does not cover the whole file");
  }

  private static long end(PDFRevisionWrapper revision) {
    if (revision == null) {
      return 0;
    }
    List<BigInteger> range = revision.getSignatureByteRange();
    if (range == null || range.size() != 4) {
      return 0;
    }
    return range.get(2).longValue() + range.get(3).longValue();
  }

  /** Whether {@code tail} is whitespace and whole revisions: "... startxref N %%EOF" each. */
  static boolean completeIncrementalUpdates(byte[] tail) {
    String text = new String(tail, java.nio.charset.StandardCharsets.ISO_8859_1);
    int position = 0;
    while (true) {
      int eof = text.indexOf("%%EOF", position);
      if (eof < 0) {
        return text.substring(position).isBlank();
      }
      String revision = text.substring(position, eof);
      int startxref = revision.lastIndexOf("startxref");
      if (startxref < 0 || !revision.substring(startxref + 9).trim().matches("\\d+")) {
        return false;
      }
      position = eof + 5;
    }
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

  /**
   * When the latest archive time-stamp needs renewal (see {@link
   * DocumentSigner#archiveTimestampRenewalDue}), before subtracting the margin.
   */
  static Optional<Instant> archiveTimestampExpiry(Reports reports) {
    DiagnosticData diagnostic = reports.getDiagnosticData();
    Optional<TimestampWrapper> latest =
        diagnostic.getTimestampList().stream()
            .filter(
                t ->
                    t.getType() != null
                        && (t.getType().isArchivalTimestamp() || t.getType().isDocumentTimestamp()))
            .filter(t -> t.getProductionTime() != null)
            .max(Comparator.comparing(TimestampWrapper::getProductionTime));
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    TimestampWrapper timestamp = latest.get();
    List<Instant> limits = new ArrayList<>();
    CertificateWrapper certificate = timestamp.getSigningCertificate();
    if (certificate != null && certificate.getNotAfter() != null) {
      limits.add(certificate.getNotAfter().toInstant());
    }
    if (timestamp.getDigestAlgorithm() != null) {
      ValidationPolicies.expiry(timestamp.getDigestAlgorithm().getName(), 0).ifPresent(limits::add);
    }
    if (timestamp.getMessageImprint() != null
        && timestamp.getMessageImprint().getDigestMethod() != null) {
      ValidationPolicies.expiry(timestamp.getMessageImprint().getDigestMethod().getName(), 0)
          .ifPresent(limits::add);
    }
    if (timestamp.getEncryptionAlgorithm() != null) {
      int size = 0;
      try {
        size = Integer.parseInt(timestamp.getKeyLengthUsedToSignThisToken());
      } catch (NumberFormatException e) {
        // unknown size: the smallest entry applies
      }
      ValidationPolicies.expiry(timestamp.getEncryptionAlgorithm().getName(), size)
          .ifPresent(limits::add);
    }
    return limits.stream().min(Comparator.naturalOrder());
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

  static boolean startsWithPdfHeader(byte[] bytes) {
    // PDF 32000-1 7.5.2 lets the header start within the first 1024 bytes.
    int limit = Math.min(bytes.length - PDF_HEADER.length, 1024);
    for (int start = 0; start <= limit; start++) {
      int i = 0;
      while (i < PDF_HEADER.length && bytes[start + i] == PDF_HEADER[i]) {
        i++;
      }
      if (i == PDF_HEADER.length) {
        return true;
      }
    }
    return false;
  }

  /** The validated bytes, for IPFlow's own checks. */
  private interface Content {
    long length();

    byte[] tail(long from);

    /** Whether the file has exactly one /ByteRange and it reaches the end of the file. */
    boolean singleSignatureCoveringAll();
  }

  private static final byte[] BYTE_RANGE =
      "/ByteRange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final java.util.regex.Pattern RANGE =
      java.util.regex.Pattern.compile("^\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");

  /** Scans {@code in} for /ByteRange entries; see {@link Content#singleSignatureCoveringAll}. */
  private static boolean singleSignatureCoveringAll(java.io.InputStream in, long length)
      throws IOException {
    java.io.InputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    int matched = 0;
    int found = 0;
    String range = null;
    int b;
    while ((b = buffered.read()) >= 0) {
      if (b == BYTE_RANGE[matched]) {
        matched++;
        if (matched == BYTE_RANGE.length) {
          matched = 0;
          if (++found > 1) {
            return false;
          }
          byte[] next = new byte[64];
          int n = buffered.readNBytes(next, 0, next.length);
          range = new String(next, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
        }
      } else {
        matched = b == BYTE_RANGE[0] ? 1 : 0;
      }
    }
    if (found != 1) {
      return false;
    }
    java.util.regex.Matcher numbers = RANGE.matcher(range);
    return numbers.find()
        && Long.parseLong(numbers.group(3)) + Long.parseLong(numbers.group(4)) == length;
  }

  private record Bytes(byte[] bytes) implements Content {
    @Override
    public long length() {
      return bytes.length;
    }

    @Override
    public byte[] tail(long from) {
      return java.util.Arrays.copyOfRange(bytes, (int) from, bytes.length);
    }

    @Override
    public boolean singleSignatureCoveringAll() {
      try {
        return DssSignatureValidator.singleSignatureCoveringAll(
            new java.io.ByteArrayInputStream(bytes), bytes.length);
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }

  private record FileTail(Path file) implements Content {
    @Override
    public long length() {
      try {
        return Files.size(file);
      } catch (IOException e) {
        throw new SigningException("Cannot read " + file, e);
      }
    }

    @Override
    public byte[] tail(long from) {
      try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
        byte[] tail = new byte[(int) (in.length() - from)];
        in.seek(from);
        in.readFully(tail);
        return tail;
      } catch (IOException e) {
        throw new SigningException("Cannot read " + file, e);
      }
    }

    @Override
    public boolean singleSignatureCoveringAll() {
      try (java.io.InputStream in = Files.newInputStream(file)) {
        return DssSignatureValidator.singleSignatureCoveringAll(in, Files.size(file));
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }
}
