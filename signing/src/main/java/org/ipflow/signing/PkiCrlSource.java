package org.ipflow.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The development PKI's published CRLs (files), re-read when a file changes (a revocation re-issues
 * the issuing CA's CRL); checked at most once a second.
 */
final class PkiCrlSource implements RevocationSource<CRL> {

  private static final long serialVersionUID = 1L;
  private static final long CHECK_INTERVAL_MILLIS = 1000;

  private final transient List<Path> files;
  private final transient List<CertificateToken> authorities;
  private transient volatile SharedCrlSource current;
  private transient volatile long stamp;
  private transient volatile long checkedAt;

  PkiCrlSource(DevelopmentPki pki) {
    this.files = pki.crlFiles();
    this.authorities =
        List.of(
            new CertificateToken(pki.rootCaCertificate()),
            new CertificateToken(pki.issuingCaCertificate()));
    reload();
  }

  @Override
  public RevocationToken<CRL> getRevocationToken(
      CertificateToken certificate, CertificateToken issuer) {
    long now = System.currentTimeMillis();
    if (now - checkedAt > CHECK_INTERVAL_MILLIS) {
      checkedAt = now;
      if (stamp() != stamp) {
        reload();
      }
    }
    return current.getRevocationToken(certificate, issuer);
  }

  private synchronized void reload() {
    long before = stamp();
    List<byte[]> crls = new ArrayList<>();
    for (Path file : files) {
      try {
        crls.add(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new SigningException("Cannot read CRL " + file, e);
      }
    }
    current = SharedCrlSource.of(crls, authorities);
    stamp = before;
    checkedAt = System.currentTimeMillis();
  }

  private long stamp() {
    long sum = 0;
    for (Path file : files) {
      try {
        sum = sum * 31 + Files.getLastModifiedTime(file).toMillis() + Files.size(file);
      } catch (IOException e) {
        sum = sum * 31 - 1;
      }
    }
    return sum;
  }
}
