package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the signing module: builds the {@link DocumentSigner} and {@link
 * SignatureValidator} from {@link SigningSettings}. Thread-safe; create one per application and
 * {@link #close()} it on shutdown.
 *
 * <pre>{@code
 * Signing signing = Signing.create(SigningSettings.development(Path.of(".run/pki")));
 * byte[] sealed = signing.signer().signPdf(pdf, SigningRequest.officeSeal(SignatureLevel.B_T));
 * ValidationResult result = signing.validator().validate(sealed, "receipt.pdf");
 * }</pre>
 */
public final class Signing implements AutoCloseable {

  private final DevelopmentPki pki;
  private final Pkcs12SignatureToken sealToken;
  private final DocumentSigner signer;
  private final SignatureValidator validator;

  private Signing(
      DevelopmentPki pki,
      Pkcs12SignatureToken sealToken,
      DocumentSigner signer,
      SignatureValidator validator) {
    this.pki = pki;
    this.sealToken = sealToken;
    this.signer = signer;
    this.validator = validator;
  }

  /**
   * Creates the services: ensures the development PKI exists in {@code settings.pkiDirectory()},
   * opens the office seal key, and sets up the time-stamp source and the offline validation.
   *
   * @throws SigningException if the PKI or the keys cannot be read
   */
  public static Signing create(SigningSettings settings) {
    DevelopmentPki pki = DevelopmentPki.ensure(settings.pkiDirectory());
    OfflineTrust trust = OfflineTrust.of(pki);
    Pkcs12SignatureToken sealToken = openSealToken(pki);
    try {
      DSSPrivateKeyEntry sealKey = sealToken.getKey(DevelopmentPki.OFFICE_SEAL_ALIAS);
      if (sealKey == null) {
        throw new SigningException(
            "No key '" + DevelopmentPki.OFFICE_SEAL_ALIAS + "' in " + pki.officeSealKeyStoreFile());
      }
      String sealName = DevelopmentPki.commonName(pki.officeSealCertificate());
      DocumentSigner signer =
          new PadesDocumentSigner(sealToken, sealKey, sealName, tspSource(settings, pki), trust);
      SignatureValidator validator =
          new DssSignatureValidator(trust, settings.visualComparisonMaxPages());
      return new Signing(pki, sealToken, signer, validator);
    } catch (RuntimeException e) {
      sealToken.close();
      throw e instanceof SigningException se
          ? se
          : new SigningException("Cannot set up signing: " + PadesDocumentSigner.describe(e), e);
    }
  }

  /** Signs and seals documents. */
  public DocumentSigner signer() {
    return signer;
  }

  /** Validates signed documents offline. */
  public SignatureValidator validator() {
    return validator;
  }

  /** The development PKI the services use (keys, trust anchor, CRLs). */
  public DevelopmentPki pki() {
    return pki;
  }

  /** Releases the key store; the services must not be used afterwards. */
  @Override
  public void close() {
    sealToken.close();
  }

  private static Pkcs12SignatureToken openSealToken(DevelopmentPki pki) {
    try {
      return new Pkcs12SignatureToken(
          pki.officeSealKeyStoreFile().toFile(),
          new KeyStore.PasswordProtection(
              pki.keyStorePassword(DevelopmentPki.OFFICE_SEAL_KEYSTORE_FILE)));
    } catch (IOException | RuntimeException e) {
      throw new SigningException(
          "Cannot open the office seal key store " + pki.officeSealKeyStoreFile(), e);
    }
  }

  /**
   * The time-stamp source: a remote RFC 3161 TSA when {@code tsaUrl} is set (extension point for
   * production), otherwise DSS's in-process {@link KeyEntityTSPSource} with the development PKI's
   * TSA key, which needs no network.
   */
  private static TSPSource tspSource(SigningSettings settings, DevelopmentPki pki) {
    if (settings.tsaUrl() != null) {
      return new OnlineTSPSource(settings.tsaUrl());
    }
    KeyStore.PrivateKeyEntry tsaKey = pki.tsaKey();
    List<X509Certificate> chain =
        Arrays.stream(tsaKey.getCertificateChain()).map(X509Certificate.class::cast).toList();
    KeyEntityTSPSource source =
        new KeyEntityTSPSource(
            tsaKey.getPrivateKey(), (X509Certificate) tsaKey.getCertificate(), chain);
    source.setTsaPolicy(DevelopmentPki.DEVELOPMENT_TSA_POLICY_OID);
    source.setDigestAlgorithm(DigestAlgorithm.SHA256);
    return source;
  }
}
