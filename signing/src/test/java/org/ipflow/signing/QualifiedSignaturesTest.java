package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seals and personal signatures and the qualification DSS gives them: keys generated inside a
 * PKCS#11 token (SoftHSM2 standing in for an HSM / QSCD) carry QcSSCD and come out as qualified
 * (QESeal / QESig); keys in PKCS#12 files honestly come out as AdES supported by a qualified
 * certificate (AdESeal-QC / AdESig-QC).
 */
class QualifiedSignaturesTest {

  private static final String QSCD_EXAMINER = "examiner.qscd";

  static Path directory;
  static Signing hsm;
  static List<X509Certificate> sealChain;

  @BeforeAll
  static void provisionKeysInsideTheToken() {
    directory = SharedSigning.newDirectory("pkcs11");
    DevelopmentPki pki = DevelopmentPki.ensure(directory.resolve("pki"));
    String library = SoftHsmToken.library();
    sealChain = provisionKey(pki, "office-seal", SignerRole.OFFICE_SEAL, "IPFlow HSM Office Seal");
    provisionKey(pki, "examiner", SignerRole.OFFICER_SIGNATURE, QSCD_EXAMINER);
    hsm =
        Signing.create(
            SigningSettings.development(pki.directory())
                .withSealKey(new KeySource.Pkcs11(library, 0, SoftHsmToken.PIN, "office-seal"))
                .withOfficerKeys(
                    Map.of(
                        QSCD_EXAMINER,
                        new KeySource.Pkcs11(library, 0, SoftHsmToken.PIN, "examiner"))));
  }

  @AfterAll
  static void close() {
    if (hsm != null) {
      hsm.close();
    }
  }

  @Test
  void provisioningAKeyAlreadyInTheTokenKeepsItAndItsCertificate() {
    List<X509Certificate> again =
        provisionKey(
            DevelopmentPki.ensure(directory.resolve("pki")),
            "office-seal",
            SignerRole.OFFICE_SEAL,
            "IPFlow HSM Office Seal");

    assertThat(again.get(0)).isEqualTo(sealChain.get(0));
  }

  @Test
  void sealWithKeyInPkcs11TokenIsAQualifiedElectronicSeal() {
    byte[] sealed =
        hsm.signer().signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));

    ValidationResult result = hsm.validator().validate(sealed, "receipt.pdf");

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.qualification()).isEqualTo("QESEAL");
    assertThat(result.signerName()).isEqualTo("IPFlow HSM Office Seal");
  }

  @Test
  void examinerSignatureWithKeyInPkcs11TokenIsAQualifiedElectronicSignature() {
    byte[] signed =
        hsm.signer()
            .signPdf(
                TestPdfs.onePage(),
                SigningRequest.officerSignature(QSCD_EXAMINER, SignatureLevel.B_LT));

    ValidationResult result = hsm.validator().validate(signed, "decision.pdf");

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.qualification()).isEqualTo("QESIG");
    assertThat(result.signerName()).isEqualTo(QSCD_EXAMINER);
  }

  @Test
  void xadesAndJadesWithTokenKeysAreQualifiedToo() {
    byte[] xml = TestDocuments.st96Xml();
    byte[] xades =
        hsm.signer()
            .signXmlDetached(xml, "application.xml", SigningRequest.officeSeal(SignatureLevel.B_T));
    byte[] jades =
        hsm.signer()
            .signJson(
                TestDocuments.json(),
                SigningRequest.officerSignature(QSCD_EXAMINER, SignatureLevel.B_T));

    assertThat(hsm.validator().validateDetached(xades, xml, null).qualification())
        .isEqualTo("QESEAL");
    assertThat(hsm.validator().validate(jades, "document.json").qualification()).isEqualTo("QESIG");
  }

  @Test
  void tokenKeysCertificatesCarryQcSscdAndPkcs12OnesDoNot() throws Exception {
    assertThat(qcStatements(sealChain.get(0))).contains("0.4.0.1862.1.4");
    assertThat(qcStatements(hsm.pki().officeSealCertificate())).doesNotContain("0.4.0.1862.1.4");
    assertThat(qcStatements(hsm.pki().officerCertificate("examiner.p12")))
        .doesNotContain("0.4.0.1862.1.4");
  }

  @Test
  void sealWithKeyInPkcs12FileIsAnAdvancedSealWithQualifiedCertificate() {
    Signing signing = SharedSigning.get();
    byte[] sealed =
        signing.signer().signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));

    ValidationResult result = signing.validator().validate(sealed, "receipt.pdf");

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.qualification()).isEqualTo("ADESEAL_QC");
  }

  @Test
  void examinerSignatureWithKeyInPkcs12FileIsAnAdvancedSignatureWithQualifiedCertificate() {
    Signing signing = SharedSigning.get();
    byte[] signed =
        signing
            .signer()
            .signPdf(
                TestPdfs.onePage(),
                new SigningRequest(
                    SignerRole.OFFICER_SIGNATURE,
                    SignatureLevel.B_T,
                    "Decision",
                    "Examination",
                    "jdoe"));

    ValidationResult result = signing.validator().validate(signed, "decision.pdf");

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.qualification()).isEqualTo("ADESIG_QC");
    assertThat(result.signerName()).isEqualTo("jdoe");
  }

  @Test
  void examinerCertificateIsGeneratedOnceAndNeverRegenerated() {
    DevelopmentPki pki = SharedSigning.get().pki();
    X509Certificate first = pki.officerCertificate("jsmith");

    X509Certificate again = DevelopmentPki.ensure(pki.directory()).officerCertificate("jsmith");

    assertThat(again).isEqualTo(first);
    assertThat(pki.officerCertificate("other")).isNotEqualTo(first);
  }

  @Test
  void onlyConfiguredExaminersMaySignInPerson() {
    try (Signing restricted =
        Signing.create(
            SigningSettings.development(SharedSigning.directory().resolve("pki"))
                .withOfficers(Set.of("jdoe")))) {
      assertThatThrownBy(
              () ->
                  restricted
                      .signer()
                      .signPdf(
                          TestPdfs.onePage(),
                          SigningRequest.officerSignature("mallory", SignatureLevel.B_B)))
          .isInstanceOf(SigningException.class)
          .hasMessageContaining("not a configured examiner");
    }
  }

  @Test
  void officerSignatureNeedsTheOfficersName() {
    assertThatThrownBy(
            () -> new SigningRequest(SignerRole.OFFICER_SIGNATURE, SignatureLevel.B_T, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> qcStatements(X509Certificate certificate) throws Exception {
    var statements =
        org.bouncycastle.asn1.ASN1Sequence.getInstance(
            new org.bouncycastle.cert.X509CertificateHolder(certificate.getEncoded())
                .getExtension(org.bouncycastle.asn1.x509.Extension.qCStatements)
                .getParsedValue());
    return java.util.stream.Stream.of(statements.toArray())
        .map(org.bouncycastle.asn1.x509.qualified.QCStatement::getInstance)
        .map(s -> s.getStatementId().getId())
        .toList();
  }

  /**
   * Generates an EC P-256 key pair inside the token under {@code alias} (sensitive, not
   * extractable), has the development CA certify it with QcSSCD (the key is in a QSCD) and stores
   * the chain in the token.
   */
  private static synchronized List<X509Certificate> provisionKey(
      DevelopmentPki pki, String alias, SignerRole role, String commonName) {
    return pki.ensureKeyInToken(
        new KeySource.Pkcs11(SoftHsmToken.library(), 0, SoftHsmToken.PIN, alias), role, commonName);
  }
}
