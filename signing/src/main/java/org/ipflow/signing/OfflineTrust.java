package org.ipflow.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything DSS needs to build and check certificate chains without any network access: the trust
 * anchors, intermediate certificates, and CRLs read from files.
 *
 * <p>DSS's {@link CommonCertificateVerifier} and certificate sources are not meant to be shared
 * between threads, so a fresh verifier is built for every signature and every validation (cheap);
 * only the CRL source, which is thread-safe and costly to build, is shared.
 */
final class OfflineTrust {

  private final List<CertificateToken> trustAnchors;
  private final List<CertificateToken> intermediates;
  private final SharedCrlSource crlSource;

  private OfflineTrust(
      List<CertificateToken> trustAnchors,
      List<CertificateToken> intermediates,
      SharedCrlSource crlSource) {
    this.trustAnchors = List.copyOf(trustAnchors);
    this.intermediates = List.copyOf(intermediates);
    this.crlSource = crlSource;
  }

  static OfflineTrust of(DevelopmentPki pki) {
    List<byte[]> crls = new ArrayList<>();
    for (Path file : pki.crlFiles()) {
      try {
        crls.add(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new SigningException("Cannot read CRL " + file, e);
      }
    }
    List<CertificateToken> anchors = List.of(new CertificateToken(pki.rootCaCertificate()));
    List<CertificateToken> intermediates =
        List.of(new CertificateToken(pki.issuingCaCertificate()));
    List<CertificateToken> authorities = new ArrayList<>(anchors);
    authorities.addAll(intermediates);
    return new OfflineTrust(anchors, intermediates, SharedCrlSource.of(crls, authorities));
  }

  /**
   * A certificate verifier with every source set explicitly: trusted = the trust anchors, adjunct =
   * the intermediates, CRLs from the PKI's files, no OCSP, no AIA. (The no-argument constructor of
   * {@link CommonCertificateVerifier} would install an online AIA source.)
   */
  CertificateVerifier newCertificateVerifier() {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(trusted::addCertificate);
    verifier.setTrustedCertSources(trusted);
    CommonCertificateSource adjunct = new CommonCertificateSource();
    intermediates.forEach(adjunct::addCertificate);
    verifier.setAdjunctCertSources(adjunct);
    verifier.setCrlSource(crlSource);
    verifier.setOcspSource(null);
    verifier.setAIASource(null);
    return verifier;
  }
}
