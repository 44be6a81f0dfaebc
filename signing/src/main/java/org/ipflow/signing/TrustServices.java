package org.ipflow.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.model.x509.revocation.ocsp.OCSP;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.client.http.NativeHTTPDataLoader;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import java.util.List;

/**
 * Everything DSS needs to build and check certificate chains: trust anchors and trust-service
 * information from trusted lists, the development PKI's intermediate certificates, its CRLs and
 * OCSP responder, and (only when enabled) online CRL / OCSP / AIA sources.
 *
 * <p>DSS's {@link CommonCertificateVerifier} is not meant to be shared between threads, so a fresh
 * verifier is built for every signature and every validation (cheap); the sources, which are
 * thread-safe and costly to build, are shared.
 */
final class TrustServices implements AutoCloseable {

  private final TrustedLists trustedLists;
  private final List<CertificateToken> intermediates;
  private final RevocationSource<CRL> crlSource;
  private final RevocationSource<OCSP> ocspSource;
  private final RevocationSource<OCSP> signingOcspSource;

  /** How long the development OCSP responder's answers are reused for validation. */
  private static final java.time.Duration OCSP_REUSE = java.time.Duration.ofSeconds(30);

  private final boolean online;
  private volatile TrustStatus status;

  TrustServices(SigningSettings settings, DevelopmentPki pki) {
    this.trustedLists = new TrustedLists(settings.trust(), pki);
    try {
      this.status = trustedLists.load();
      this.intermediates =
          List.of(
              new CertificateToken(pki.issuingCaCertificate()),
              new CertificateToken(pki.rootCaCertificate()));
      this.online = settings.trust().onlineRevocation();
      PkiCrlSource pkiCrls = new PkiCrlSource(pki);
      DevelopmentOcspSource pkiOcsp =
          settings.ocsp() ? new DevelopmentOcspSource(pki, OCSP_REUSE) : null;
      DevelopmentOcspSource freshPkiOcsp =
          settings.ocsp() ? new DevelopmentOcspSource(pki, java.time.Duration.ZERO) : null;
      if (online) {
        NativeHTTPDataLoader loader = new NativeHTTPDataLoader();
        OnlineCRLSource onlineCrls = new OnlineCRLSource(loader);
        OnlineOCSPSource onlineOcsp = new OnlineOCSPSource();
        this.crlSource = first(pkiCrls, onlineCrls);
        this.ocspSource = pkiOcsp == null ? onlineOcsp : first(pkiOcsp, onlineOcsp);
        this.signingOcspSource = pkiOcsp == null ? onlineOcsp : first(freshPkiOcsp, onlineOcsp);
      } else {
        this.crlSource = pkiCrls;
        this.ocspSource = pkiOcsp;
        this.signingOcspSource = freshPkiOcsp;
      }
    } catch (RuntimeException e) {
      trustedLists.close();
      throw e;
    }
  }

  /**
   * A certificate verifier with every source set explicitly: trusted = the trusted lists, adjunct =
   * the development PKI's CA certificates, CRLs and OCSP as configured, AIA only when online. (The
   * no-argument constructor of {@link CommonCertificateVerifier} would install an online AIA
   * source.)
   */
  CertificateVerifier newCertificateVerifier() {
    return newCertificateVerifier(false);
  }

  /** A verifier for signing and augmentation: OCSP responses fresh for every request. */
  CertificateVerifier newSigningCertificateVerifier() {
    return newCertificateVerifier(true);
  }

  private CertificateVerifier newCertificateVerifier(boolean signing) {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
    verifier.setTrustedCertSources(trustedLists.certificateSource());
    CommonCertificateSource adjunct = new CommonCertificateSource();
    intermediates.forEach(adjunct::addCertificate);
    verifier.setAdjunctCertSources(adjunct);
    verifier.setCrlSource(crlSource);
    verifier.setOcspSource(signing ? signingOcspSource : ocspSource);
    verifier.setAIASource(online ? new DefaultAIASource(new NativeHTTPDataLoader()) : null);
    return verifier;
  }

  TrustStatus status() {
    return status;
  }

  TrustStatus refresh() {
    status = trustedLists.refresh();
    return status;
  }

  @Override
  public void close() {
    trustedLists.close();
  }

  /** Asks {@code primary} first, then {@code fallback}. */
  private static <T extends eu.europa.esig.dss.model.x509.revocation.Revocation>
      RevocationSource<T> first(RevocationSource<T> primary, RevocationSource<T> fallback) {
    return new RevocationSource<T>() {
      private static final long serialVersionUID = 1L;

      @Override
      public RevocationToken<T> getRevocationToken(
          CertificateToken certificate, CertificateToken issuer) {
        RevocationToken<T> token = primary.getRevocationToken(certificate, issuer);
        return token != null ? token : fallback.getRevocationToken(certificate, issuer);
      }
    };
  }
}
