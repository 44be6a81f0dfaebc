package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Augmentation to long-term levels (run asynchronously by the platform, stored as a new version)
 * and the renewal of archive time-stamps before their certificate or algorithms expire.
 */
class AugmentationTest {

  @ParameterizedTest
  @EnumSource(SignatureFormat.class)
  void augmentsFromBaselineBStepByStepToLta(SignatureFormat format) {
    Signing signing = SharedSigning.get();
    byte[] document = FormatLevelMatrixTest.document(format);
    byte[] content = format == SignatureFormat.XADES_DETACHED ? document : null;
    byte[] signed =
        signing
            .signer()
            .sign(
                format, document, "application.xml", SigningRequest.officeSeal(SignatureLevel.B_B));

    for (SignatureLevel level :
        new SignatureLevel[] {SignatureLevel.B_T, SignatureLevel.B_LT, SignatureLevel.B_LTA}) {
      signed = signing.signer().augment(signed, content, level);

      ValidationResult result = validate(signing, format, signed, document);
      assertThat(result.indication())
          .as("%s %s %s", format, level, result.errors())
          .isEqualTo(ValidationResult.TOTAL_PASSED);
      assertThat(result.format()).isEqualTo(FormatLevelMatrixTest.expectedFormat(format, level));
    }
  }

  @ParameterizedTest
  @EnumSource(SignatureFormat.class)
  void renewalAddsANewArchiveTimeStampAndMovesNothingBackwards(SignatureFormat format)
      throws Exception {
    Signing signing = SharedSigning.get();
    byte[] document = FormatLevelMatrixTest.document(format);
    byte[] content = format == SignatureFormat.XADES_DETACHED ? document : null;
    byte[] lta =
        signing
            .signer()
            .sign(
                format,
                document,
                "application.xml",
                SigningRequest.officeSeal(SignatureLevel.B_LTA));
    Instant due = signing.signer().archiveTimestampRenewalDue(lta, content).orElseThrow();
    Thread.sleep(1100); // time-stamps have second precision

    byte[] renewed = signing.signer().augment(lta, content, SignatureLevel.B_LTA);

    assertThat(renewed.length).isGreaterThan(lta.length);
    ValidationResult result = validate(signing, format, renewed, document);
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format())
        .isEqualTo(FormatLevelMatrixTest.expectedFormat(format, SignatureLevel.B_LTA));
    assertThat(signing.signer().archiveTimestampRenewalDue(renewed, content)).isPresent();
    assertThat(countArchiveTimestamps(result.reportXml()))
        .isGreaterThan(
            countArchiveTimestamps(validate(signing, format, lta, document).reportXml()));
    assertThat(due).isAfter(Instant.now());
  }

  @Test
  void renewalIsDueOneMarginBeforeTheTimeStampingCertificateExpires() {
    Signing signing = SharedSigning.get();
    byte[] lta =
        signing
            .signer()
            .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_LTA));

    Optional<Instant> due = signing.signer().archiveTimestampRenewalDue(lta, null);

    Instant tsaExpiry = signing.pki().tsaCertificate().getNotAfter().toInstant();
    // SHA-256 and ECDSA P-256 have no expiry date in the policy: the TSA certificate decides.
    assertThat(due).contains(tsaExpiry.minus(SigningSettings.DEFAULT_RENEWAL_MARGIN));
  }

  @Test
  void documentWithoutArchiveTimeStampHasNothingToRenew() {
    Signing signing = SharedSigning.get();
    byte[] lt =
        signing
            .signer()
            .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_LT));

    assertThat(signing.signer().archiveTimestampRenewalDue(lt, null)).isEmpty();
  }

  @Test
  void augmentingSomethingUnsignedFailsWithASigningException() {
    Signing signing = SharedSigning.get();

    assertThatThrownBy(
            () -> signing.signer().augment(TestPdfs.onePage(), null, SignatureLevel.B_LT))
        .isInstanceOf(SigningException.class);
    assertThatThrownBy(
            () -> signing.signer().augment("hello".getBytes(), null, SignatureLevel.B_LT))
        .isInstanceOf(SigningException.class);
  }

  @Test
  void signsByDocumentTypeWithTheConfiguredProfile() {
    Signing signing = SharedSigning.get();
    SigningProfiles profiles = SigningProfiles.defaults();

    byte[] decision =
        signing.signer().sign(SigningProfiles.DECISION, TestPdfs.onePage(), "decision.pdf", "jdoe");
    byte[] export =
        signing
            .signer()
            .sign(SigningProfiles.ST96_XML, TestDocuments.st96Xml(), "export.xml", null);

    ValidationResult decisionResult = signing.validator().validate(decision, "decision.pdf");
    assertThat(decisionResult.format()).isEqualTo("PAdES-BASELINE-LTA");
    assertThat(decisionResult.qualification()).isEqualTo("ADESIG_QC");
    assertThat(decisionResult.signerName()).isEqualTo("jdoe");
    ValidationResult exportResult =
        signing.validator().validateDetached(export, TestDocuments.st96Xml(), null);
    assertThat(exportResult.format()).isEqualTo("XAdES-BASELINE-LTA");
    assertThat(exportResult.totalPassed()).isTrue();
    assertThat(profiles.forDocumentType(SigningProfiles.RECEIPT).level())
        .isEqualTo(SignatureLevel.B_T);
    assertThatThrownBy(() -> profiles.forDocumentType("unknown"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Duration.ofDays(365)).isEqualTo(SigningSettings.DEFAULT_RENEWAL_MARGIN);
  }

  private static ValidationResult validate(
      Signing signing, SignatureFormat format, byte[] signed, byte[] document) {
    return format == SignatureFormat.XADES_DETACHED
        ? signing.validator().validateDetached(signed, document, null)
        : signing.validator().validate(signed, "signed");
  }

  /** Time-stamps in the ETSI validation report (validation objects of type timestamp). */
  private static int countArchiveTimestamps(String reportXml) {
    return reportXml.split("validationObject:timestamp<", -1).length - 1;
  }
}
