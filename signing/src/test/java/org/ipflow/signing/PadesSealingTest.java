package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSealingTest {

  /** Namespace of the ETSI TS 119 102-2 validation report as DSS 6.4 writes it. */
  private static final String ETSI_REPORT_NAMESPACE = "http://uri.etsi.org/19102/v1.4.1#";

  private static final String SEAL_NAME = "IPFlow Development Office Seal";

  /**
   * The eIDAS qualification DSS gives the development office seal: the PKI's trusted list grants
   * its issuing CA as CA/QC, the certificate carries QcCompliance and QcType eseal, but its key is
   * in a PKCS#12 file (no QcSSCD statement), so it is an advanced seal supported by a qualified
   * certificate, not a qualified seal.
   */
  private static final String SEAL_QUALIFICATION = "ADESEAL_QC";

  @TempDir static Path directory;
  static Signing signing;
  static byte[] pdf;
  static byte[] sealedAtT;

  @BeforeAll
  static void setUp() {
    signing = Signing.create(SigningSettings.development(directory.resolve("pki")));
    pdf = TestPdfs.onePage();
    sealedAtT = seal(SignatureLevel.B_T);
  }

  @AfterAll
  static void tearDown() {
    signing.close();
  }

  @Test
  void sealsPdfAtBaselineBAndValidatesAsTotalPassed() {
    Instant before = Instant.now().minusSeconds(1);

    ValidationResult result = validate(seal(SignatureLevel.B_B));

    assertThat(result.signed()).isTrue();
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.subIndication()).isNull();
    assertThat(result.totalPassed()).isTrue();
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-B");
    assertThat(result.signerName()).isEqualTo(SEAL_NAME);
    assertThat(result.qualification()).isEqualTo(SEAL_QUALIFICATION);
    assertThat(result.timestamped()).isFalse();
    assertThat(result.signingTime()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(result.coversWholeDocument()).isTrue();
    assertThat(result.signatureCount()).isEqualTo(1);
    assertThat(result.errors()).isEmpty();
    assertThat(result.reportXml()).isNotBlank().contains(ETSI_REPORT_NAMESPACE);
  }

  @Test
  void sealsPdfAtBaselineTAndValidatesAsTotalPassed() {
    ValidationResult result = validate(sealedAtT);

    assertThat(result.signed()).isTrue();
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.subIndication()).isNull();
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-T");
    assertThat(result.signerName()).isEqualTo(SEAL_NAME);
    assertThat(result.qualification()).isEqualTo(SEAL_QUALIFICATION);
    assertThat(result.timestamped()).isTrue();
    assertThat(result.signingTime()).isNotNull();
    assertThat(result.bestSignatureTime()).isNotNull().isAfterOrEqualTo(result.signingTime());
    assertThat(result.coversWholeDocument()).isTrue();
    assertThat(result.reportXml()).contains(ETSI_REPORT_NAMESPACE, SEAL_NAME);
  }

  @Test
  void sealsPdfAtBaselineLtWithOfflineCrlsAndValidatesAsTotalPassed() {
    ValidationResult result = validate(seal(SignatureLevel.B_LT));

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-LT");
    assertThat(result.timestamped()).isTrue();
    // The validation data (certificates, CRLs) is added in a later revision: legitimately partial.
    assertThat(result.coversWholeDocument()).isFalse();
  }

  @Test
  void sealsPdfAtBaselineLtaAndValidatesAsTotalPassed() {
    ValidationResult result = validate(seal(SignatureLevel.B_LTA));

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-LTA");
    assertThat(result.timestamped()).isTrue();
  }

  @Test
  void writesReasonAndLocationIntoTheSignatureDictionary() {
    String text = new String(sealedAtT, StandardCharsets.ISO_8859_1);

    assertThat(text).contains("/Reason (Filing receipt)", "/Location (Test Office)");
  }

  @Test
  void flippedByteInsideSignedRangeFailsValidation() {
    byte[] tampered = sealedAtT.clone();
    int text = TestPdfs.indexOf(tampered, TestPdfs.TEXT);
    assertThat(text).isPositive();
    tampered[text + 7] ^= 0x01; // "filing" -> "fili.g": one bit in the page content

    ValidationResult result = validate(tampered);

    assertThat(result.signed()).isTrue();
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_FAILED);
    assertThat(result.subIndication()).isEqualTo("HASH_FAILURE");
    assertThat(result.totalPassed()).isFalse();
  }

  @Test
  void garbageAppendedAfterTheSignatureIsReportedAsNotCoveringTheWholeDocument() {
    byte[] tampered =
        concat(
            sealedAtT,
            "\n1 0 obj\n<< /Forged true >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    ValidationResult result = validate(tampered);

    // The signed revision is intact, so DSS still says TOTAL_PASSED for the signature itself; what
    // tells the forgery is that the signature no longer covers the whole document.
    assertThat(result.signed()).isTrue();
    assertThat(result.coversWholeDocument()).isFalse();
    assertThat(result.totalPassed() && result.coversWholeDocument()).isFalse();
  }

  @Test
  void pageAddedInAnIncrementalUpdateAfterSealingFailsValidation() {
    byte[] tampered = TestPdfs.withPageAddedIncrementally(sealedAtT);

    ValidationResult result = validate(tampered);

    assertThat(result.signed()).isTrue();
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_FAILED);
    assertThat(result.subIndication()).isEqualTo("FORMAT_FAILURE");
    assertThat(result.coversWholeDocument()).isFalse();
    assertThat(result.errors()).anyMatch(error -> error.contains("pages"));
  }

  @Test
  void nonPdfBytesAreReportedAsUnsigned() {
    for (byte[] document :
        List.of(
            "hello world".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0x30, 0x03, 1, 2, 3}, // DER-looking: taken for CMS, unreadable
            new byte[] {'P', 'K', 3, 4, 0, 0}, // ZIP-looking
            "<a/>".getBytes(StandardCharsets.US_ASCII),
            "{\"a\":1}".getBytes(StandardCharsets.US_ASCII),
            "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII),
            new byte[0])) {
      ValidationResult result = signing.validator().validate(document, "upload.bin");

      assertThat(result.signed()).as(new String(document, StandardCharsets.ISO_8859_1)).isFalse();
      assertThat(result.indication()).isNull();
      assertThat(result.warnings()).isNotEmpty();
    }
  }

  @Test
  void unsignedPdfIsReportedAsUnsigned() {
    ValidationResult result = validate(pdf);

    assertThat(result.signed()).isFalse();
    assertThat(result.indication()).isNull();
    assertThat(result.signatureCount()).isZero();
    assertThat(result.reportXml()).contains(ETSI_REPORT_NAMESPACE);
  }

  @Test
  void damagedSealedPdfsGiveAResultOrASigningExceptionNeverAnythingElse() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 12; i++) {
      byte[] damaged =
          i % 2 == 0
              ? Arrays.copyOf(sealedAtT, 1 + random.nextInt(sealedAtT.length - 1))
              : flipRandomBytes(sealedAtT, random);
      try {
        ValidationResult result = validate(damaged);
        assertThat(result.totalPassed() && result.coversWholeDocument())
            .as("damaged document %d still fully valid", i)
            .isFalse();
      } catch (SigningException expected) {
        assertThat(expected).hasMessageStartingWith("Cannot validate");
      }
    }
  }

  @Test
  void sealingSomethingThatIsNotAPdfFailsWithASigningException() {
    SigningRequest request = SigningRequest.officeSeal(SignatureLevel.B_B);

    assertThatThrownBy(() -> signing.signer().signPdf("hello".getBytes(), request))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining("not a PDF");
    assertThatThrownBy(() -> signing.signer().signPdf(new byte[0], request))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                signing
                    .signer()
                    .signPdf("%PDF-1.7\nbroken".getBytes(StandardCharsets.US_ASCII), request))
        .isInstanceOf(SigningException.class)
        .hasMessageStartingWith("Cannot seal the PDF");
  }

  @Test
  void sealsFromSeveralThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> sealed = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        SignatureLevel level = i % 2 == 0 ? SignatureLevel.B_B : SignatureLevel.B_T;
        sealed.add(pool.submit(() -> seal(level)));
      }
      List<Future<ValidationResult>> results = new ArrayList<>();
      for (Future<byte[]> document : sealed) {
        byte[] bytes = document.get();
        results.add(pool.submit(() -> validate(bytes)));
      }
      for (Future<ValidationResult> result : results) {
        assertThat(result.get().indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void servicesCreatedAgainOnTheSamePkiValidateEarlierSeals() {
    try (Signing again = Signing.create(SigningSettings.development(directory.resolve("pki")))) {
      assertThat(again.validator().validate(sealedAtT, "receipt.pdf").totalPassed()).isTrue();
    }
  }

  @Test
  void sealsOfAnotherDevelopmentPkiAreNotTrusted() {
    try (Signing other = Signing.create(SigningSettings.development(directory.resolve("other")))) {
      ValidationResult result = other.validator().validate(sealedAtT, "receipt.pdf");

      assertThat(result.signed()).isTrue();
      assertThat(result.indication()).isEqualTo(ValidationResult.INDETERMINATE);
      assertThat(result.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
    }
  }

  private static byte[] seal(SignatureLevel level) {
    return signing
        .signer()
        .signPdf(
            pdf,
            new SigningRequest(SignerRole.OFFICE_SEAL, level, "Filing receipt", "Test Office"));
  }

  private static ValidationResult validate(byte[] document) {
    return signing.validator().validate(document, "receipt.pdf");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }

  private static byte[] flipRandomBytes(byte[] document, java.util.Random random) {
    byte[] copy = document.clone();
    for (int j = 0; j < 4; j++) {
      copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
    }
    return copy;
  }
}
