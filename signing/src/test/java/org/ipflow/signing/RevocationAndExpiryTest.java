package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signers whose certificate was revoked (published by CRL and answered by OCSP) or has expired, and
 * signers no trusted list knows.
 */
class RevocationAndExpiryTest {

  private static final String PASSWORD = "test-password";

  static Path directory;
  static DevelopmentPki pki;
  static byte[] signedBeforeRevocation;
  static byte[] timestampedBeforeRevocation;
  static SigningSettings revokedSigner;

  @BeforeAll
  static void signThenRevoke() throws Exception {
    directory = SharedSigning.newDirectory("revocation");
    pki = DevelopmentPki.ensure(directory.resolve("pki"));
    Instant now = Instant.now();
    Path keyStore =
        keyStore(
            "revoked",
            SignerRole.OFFICE_SEAL,
            "IPFlow Revoked Seal",
            now.minus(Duration.ofHours(3)),
            now.plus(Duration.ofDays(365)));
    revokedSigner = withSealKey(keyStore);
    X509Certificate certificate;
    try (Signing signing = Signing.create(revokedSigner)) {
      signedBeforeRevocation =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_B));
      timestampedBeforeRevocation =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));
      certificate =
          (X509Certificate)
              loadKeyStore(keyStore).getCertificate(loadKeyStore(keyStore).aliases().nextElement());
    }
    // Key compromise, declared as of two hours ago: before both signatures were made.
    pki.revoke(certificate, now.minus(Duration.ofHours(2)));
  }

  @Test
  void signerRevokedByCrlIsIndeterminateRevokedNoPoe() {
    try (Signing crlOnly =
        Signing.create(SigningSettings.development(pki.directory()).withOcsp(false))) {
      ValidationResult result = crlOnly.validator().validate(signedBeforeRevocation, "seal.pdf");

      assertThat(result.indication() + "/" + result.subIndication())
          .isEqualTo("INDETERMINATE/REVOKED_NO_POE");
      assertThat(result.reportXml()).contains("validationObject:CRL");
      assertThat(result.reportXml()).doesNotContain("validationObject:OCSPResponse");
    }
  }

  @Test
  void signerRevokedByOcspIsIndeterminateRevokedNoPoe() {
    try (Signing withOcsp = Signing.create(SigningSettings.development(pki.directory()))) {
      ValidationResult result = withOcsp.validator().validate(signedBeforeRevocation, "seal.pdf");

      assertThat(result.indication() + "/" + result.subIndication())
          .isEqualTo("INDETERMINATE/REVOKED_NO_POE");
      assertThat(result.reportXml()).contains("validationObject:OCSPResponse");
    }
  }

  @Test
  void timeStampAfterTheRevocationDoesNotSaveTheSignature() {
    try (Signing signing = Signing.create(SigningSettings.development(pki.directory()))) {
      ValidationResult result =
          signing.validator().validate(timestampedBeforeRevocation, "seal.pdf");

      assertThat(result.totalPassed()).isFalse();
      assertThat(result.indication() + "/" + result.subIndication())
          .isEqualTo("INDETERMINATE/REVOKED_NO_POE");
    }
  }

  @Test
  void refusesToSignWithARevokedCertificate() {
    try (Signing signing = Signing.create(revokedSigner)) {
      assertThatThrownBy(
              () ->
                  signing
                      .signer()
                      .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_B)))
          .isInstanceOf(SigningException.class)
          .hasMessageContaining("revoked");
    }
  }

  @Test
  void refusesToSignWithACertificateNotYetValid() throws Exception {
    Instant now = Instant.now();
    Path keyStore =
        keyStore(
            "future",
            SignerRole.OFFICE_SEAL,
            "IPFlow Future Seal",
            now.plus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(400)));
    SigningSettings settings = withSealKey(keyStore);
    try (Signing signing = Signing.create(settings)) {
      assertThatThrownBy(
              () ->
                  signing
                      .signer()
                      .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T)))
          .isInstanceOf(SigningException.class)
          .hasMessageContaining("not yet valid");
    }
  }

  @Test
  void refusesToSignWithAKeyItsCertificateDoesNotVerify() throws Exception {
    Instant now = Instant.now();
    KeyPair other = ecKeyPair();
    Path keyStore =
        keyStore(
            "mismatched",
            SignerRole.OFFICE_SEAL,
            "IPFlow Mismatched Seal",
            now.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(400)),
            other.getPublic());
    try (Signing signing = Signing.create(withSealKey(keyStore))) {
      assertThatThrownBy(
              () ->
                  signing
                      .signer()
                      .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T)))
          .isInstanceOf(SigningException.class)
          .hasMessageContaining("does not match its certificate");
    }
  }

  @Test
  void expiredSignerWithoutTimeStampIsIndeterminateOutOfBoundsNotRevoked() throws Exception {
    Instant now = Instant.now();
    Instant expiry = now.plusSeconds(2);
    Path keyStore =
        keyStore(
            "expiring",
            SignerRole.OFFICE_SEAL,
            "IPFlow Expiring Seal",
            now.minus(Duration.ofDays(1)),
            expiry);
    SigningSettings settings = withSealKey(keyStore);
    try (Signing signing = Signing.create(settings)) {
      byte[] sealed =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_B));
      // X.509 notAfter has second precision and is inclusive.
      Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 1500);

      ValidationResult result = signing.validator().validate(sealed, "seal.pdf");

      assertThat(result.indication() + "/" + result.subIndication())
          .isEqualTo("INDETERMINATE/OUT_OF_BOUNDS_NOT_REVOKED");
      assertThatThrownBy(
              () ->
                  signing
                      .signer()
                      .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_B)))
          .isInstanceOf(SigningException.class)
          .hasMessageContaining("is expired");
    }
  }

  @Test
  void signerUnderAnUnknownTrustAnchorIsIndeterminateNoCertificateChainFound() {
    byte[] sealed =
        SharedSigning.get()
            .signer()
            .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));

    ValidationResult result =
        Signing.create(SigningSettings.development(pki.directory()))
            .validator()
            .validate(sealed, "seal.pdf");

    assertThat(result.indication() + "/" + result.subIndication())
        .isEqualTo("INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND");
    assertThat(result.qualification()).isNotIn("QESEAL", "ADESEAL_QC");
  }

  /** The development settings with {@code keyStore}'s key as the office seal. */
  private static SigningSettings withSealKey(Path keyStore) {
    return SigningSettings.development(pki.directory())
        .withSealKey(new KeySource.Pkcs12(keyStore, PASSWORD, null));
  }

  private static Path keyStore(
      String name, SignerRole role, String commonName, Instant notBefore, Instant notAfter)
      throws Exception {
    return keyStore(name, role, commonName, notBefore, notAfter, null);
  }

  /**
   * A PKCS#12 key store with a fresh key, certified for {@code certified} if given (a mismatch).
   */
  private static Path keyStore(
      String name,
      SignerRole role,
      String commonName,
      Instant notBefore,
      Instant notAfter,
      PublicKey certified)
      throws Exception {
    KeyPair keys = ecKeyPair();
    List<X509Certificate> chain =
        pki.issueCertificate(
            certified == null ? keys.getPublic() : certified,
            role,
            commonName,
            false,
            notBefore,
            notAfter);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        name, keys.getPrivate(), PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
    Path file = directory.resolve(name + ".p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }

  private static KeyPair ecKeyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static KeyStore loadKeyStore(Path file) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(file)) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }
}
