package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentPkiTest {

  @TempDir static Path directory;
  static DevelopmentPki pki;

  @BeforeAll
  static void generate() {
    pki = DevelopmentPki.ensure(directory.resolve("pki"));
  }

  @Test
  void generatesEveryFileOfThePkiWithReadme() {
    assertThat(pki.directory())
        .isDirectoryContaining(p -> p.endsWith(DevelopmentPki.README_FILE))
        .isDirectoryContaining(p -> p.endsWith(DevelopmentPki.PASSWORDS_FILE));
    for (String name :
        new String[] {
          DevelopmentPki.ROOT_CA_CERTIFICATE_FILE,
          DevelopmentPki.ROOT_CA_KEYSTORE_FILE,
          DevelopmentPki.ROOT_CA_CRL_FILE,
          DevelopmentPki.ISSUING_CA_CERTIFICATE_FILE,
          DevelopmentPki.ISSUING_CA_KEYSTORE_FILE,
          DevelopmentPki.ISSUING_CA_CRL_FILE,
          DevelopmentPki.OFFICE_SEAL_CERTIFICATE_FILE,
          DevelopmentPki.OFFICE_SEAL_KEYSTORE_FILE,
          DevelopmentPki.TSA_CERTIFICATE_FILE,
          DevelopmentPki.TSA_KEYSTORE_FILE
        }) {
      assertThat(pki.directory().resolve(name)).as(name).isRegularFile().isNotEmptyFile();
    }
    assertThat(pki.directory().resolve(DevelopmentPki.README_FILE))
        .content()
        .contains("DEVELOPMENT AND TESTS ONLY", "passwords.properties");
  }

  @Test
  void secondEnsureLeavesEveryFileByteIdenticalAndLoadsTheSameCertificates() throws IOException {
    Map<String, byte[]> before = contents(pki.directory());

    DevelopmentPki again = DevelopmentPki.ensure(pki.directory());

    Map<String, byte[]> after = contents(pki.directory());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    assertThat(again.rootCaCertificate()).isEqualTo(pki.rootCaCertificate());
    assertThat(again.issuingCaCertificate()).isEqualTo(pki.issuingCaCertificate());
    assertThat(again.officeSealCertificate()).isEqualTo(pki.officeSealCertificate());
    assertThat(again.tsaCertificate()).isEqualTo(pki.tsaCertificate());
    assertThat(again.officeSealKey().getPrivateKey())
        .isEqualTo(pki.officeSealKey().getPrivateKey());
  }

  @Test
  void refusesToCompleteADirectoryHoldingPartOfAPki() throws IOException {
    Path partial = Files.createDirectories(directory.resolve("partial"));
    Files.write(partial.resolve(DevelopmentPki.ROOT_CA_CERTIFICATE_FILE), new byte[] {1, 2, 3});

    assertThatThrownBy(() -> DevelopmentPki.ensure(partial))
        .isInstanceOf(SigningException.class)
        .hasMessageContaining("incomplete development PKI");
    assertThat(partial.resolve(DevelopmentPki.ROOT_CA_CERTIFICATE_FILE))
        .hasBinaryContent(new byte[] {1, 2, 3});
  }

  @Test
  void officeSealIsAQualifiedLookingSealOfALegalPersonWithoutQscd() throws Exception {
    X509Certificate seal = pki.officeSealCertificate();

    assertThat(seal.getSubjectX500Principal().getName())
        .contains("CN=IPFlow Development Office Seal", "O=IPFlow Development IP Office", "C=XX")
        .contains("2.5.4.97="); // organizationIdentifier
    boolean[] keyUsage = seal.getKeyUsage();
    assertThat(keyUsage[1]).as("nonRepudiation (contentCommitment)").isTrue();
    assertThat(seal.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
    assertThat(seal.getBasicConstraints()).isEqualTo(-1);

    ASN1Sequence statements =
        ASN1Sequence.getInstance(
            new X509CertificateHolder(seal.getEncoded())
                .getExtension(Extension.qCStatements)
                .getParsedValue());
    var ids =
        Stream.of(statements.toArray())
            .map(QCStatement::getInstance)
            .map(QCStatement::getStatementId)
            .toList();
    assertThat(ids)
        .contains(
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance,
            ETSIQCObjectIdentifiers.id_etsi_qcs_QcType)
        .doesNotContain(ETSIQCObjectIdentifiers.id_etsi_qcs_QcSSCD);
    QCStatement type =
        Stream.of(statements.toArray())
            .map(QCStatement::getInstance)
            .filter(s -> s.getStatementId().equals(ETSIQCObjectIdentifiers.id_etsi_qcs_QcType))
            .findFirst()
            .orElseThrow();
    assertThat(ASN1Sequence.getInstance(type.getStatementInfo()).getObjectAt(0))
        .isEqualTo(ETSIQCObjectIdentifiers.id_etsi_qct_eseal);

    seal.verify(pki.issuingCaCertificate().getPublicKey());
    assertThat(seal.getPublicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(((ECPublicKey) seal.getPublicKey()).getParams().getCurve().getField().getFieldSize())
        .isEqualTo(256);
  }

  @Test
  void timeStampingUnitHasOnlyTheCriticalTimeStampingExtendedKeyUsage() throws Exception {
    X509Certificate tsa = pki.tsaCertificate();

    assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
    assertThat(tsa.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
    tsa.verify(pki.issuingCaCertificate().getPublicKey());
  }

  @Test
  void certificateAuthoritiesLastTwentyYearsAndLeavesAtLeastFive() throws Exception {
    assertThat(lifetime(pki.rootCaCertificate())).isGreaterThanOrEqualTo(Duration.ofDays(20 * 365));
    assertThat(lifetime(pki.issuingCaCertificate()))
        .isGreaterThanOrEqualTo(Duration.ofDays(20 * 365));
    assertThat(lifetime(pki.officeSealCertificate()))
        .isGreaterThanOrEqualTo(Duration.ofDays(5 * 365));
    assertThat(lifetime(pki.tsaCertificate())).isGreaterThanOrEqualTo(Duration.ofDays(5 * 365));
    assertThat(pki.rootCaCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(pki.issuingCaCertificate().getBasicConstraints()).isEqualTo(0);
    pki.rootCaCertificate().verify(pki.rootCaCertificate().getPublicKey());
    pki.issuingCaCertificate().verify(pki.rootCaCertificate().getPublicKey());
  }

  @Test
  void crlsOfBothCertificateAuthoritiesAreSignedByThemAndListNothing() throws Exception {
    X509CRL rootCrl = crl(pki.crlFiles().get(0));
    X509CRL issuingCrl = crl(pki.crlFiles().get(1));

    rootCrl.verify(pki.rootCaCertificate().getPublicKey());
    issuingCrl.verify(pki.issuingCaCertificate().getPublicKey());
    assertThat(rootCrl.getRevokedCertificates()).isNullOrEmpty();
    assertThat(issuingCrl.getRevokedCertificates()).isNullOrEmpty();
    assertThat(issuingCrl.getNextUpdate()).isAfter(pki.officeSealCertificate().getNotAfter());
  }

  @Test
  void keyStoresOpenWithTheGeneratedPasswords() throws Exception {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(pki.officeSealKeyStoreFile())) {
      keyStore.load(in, pki.keyStorePassword(DevelopmentPki.OFFICE_SEAL_KEYSTORE_FILE));
    }
    assertThat(keyStore.isKeyEntry(DevelopmentPki.OFFICE_SEAL_ALIAS)).isTrue();
    assertThat(keyStore.getCertificateChain(DevelopmentPki.OFFICE_SEAL_ALIAS)).hasSize(3);
    assertThat(pki.tsaKey().getCertificate()).isEqualTo(pki.tsaCertificate());
    assertThat(new String(pki.keyStorePassword(DevelopmentPki.TSA_KEYSTORE_FILE)))
        .hasSizeGreaterThanOrEqualTo(24)
        .isNotEqualTo(new String(pki.keyStorePassword(DevelopmentPki.OFFICE_SEAL_KEYSTORE_FILE)));
  }

  @Test
  void pkiOfAnEarlierVersionGetsOcspResponderAndTrustedListAddedWithItsKeysUnchanged()
      throws Exception {
    Path old = directory.resolve("old");
    DevelopmentPki generated = DevelopmentPki.ensure(old);
    for (String added :
        new String[] {
          DevelopmentPki.OCSP_RESPONDER_CERTIFICATE_FILE,
          DevelopmentPki.OCSP_RESPONDER_KEYSTORE_FILE,
          DevelopmentPki.TRUSTED_LIST_SIGNER_CERTIFICATE_FILE,
          DevelopmentPki.TRUSTED_LIST_SIGNER_KEYSTORE_FILE,
          DevelopmentPki.TRUSTED_LIST_FILE,
          DevelopmentPki.EXTRA_PASSWORDS_FILE
        }) {
      Files.delete(old.resolve(added)); // as a PKI written before they existed
    }
    Map<String, byte[]> before = contents(old);

    DevelopmentPki upgraded = DevelopmentPki.ensure(old);

    before.forEach((name, bytes) -> assertThat(old.resolve(name)).as(name).hasBinaryContent(bytes));
    assertThat(upgraded.rootCaCertificate()).isEqualTo(generated.rootCaCertificate());
    assertThat(upgraded.officeSealCertificate()).isEqualTo(generated.officeSealCertificate());
    assertThat(upgraded.trustedListFile()).isNotEmptyFile();
    assertThat(upgraded.ocspResponderCertificate().getExtendedKeyUsage())
        .containsExactly(KeyPurposeId.id_kp_OCSPSigning.getId());
  }

  @Test
  void revocationReissuesTheIssuingCaCrlListingTheCertificate() throws Exception {
    Path revoking = directory.resolve("revoking");
    DevelopmentPki fresh = DevelopmentPki.ensure(revoking);
    X509Certificate examiner = fresh.officerCertificate("revoked.examiner");

    fresh.revoke(examiner, java.time.Instant.now());

    X509CRL crl = crl(fresh.crlFiles().get(1));
    crl.verify(fresh.issuingCaCertificate().getPublicKey());
    assertThat(crl.isRevoked(examiner)).isTrue();
    assertThat(crl.isRevoked(fresh.officeSealCertificate())).isFalse();
  }

  private static Duration lifetime(X509Certificate certificate) {
    return Duration.between(
        certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
  }

  private static X509CRL crl(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
    }
  }

  private static Map<String, byte[]> contents(Path directory) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        contents.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return contents;
  }
}
