package org.ipflow.signing;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.crl.CRL;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe, offline CRL source over CRLs known in advance, each checked once against its
 * issuer.
 *
 * <p>DSS's own {@code ExternalResourcesCRLSource} re-verifies a CRL's signature in every new
 * instance and is not thread-safe when shared; building one per operation spent almost half of the
 * signing and validation CPU verifying the same two CRL signatures again and again.
 */
final class SharedCrlSource implements RevocationSource<CRL> {

  private static final long serialVersionUID = 1L;

  private final List<CRLValidity> validities;

  private SharedCrlSource(List<CRLValidity> validities) {
    this.validities = List.copyOf(validities);
  }

  /**
   * Parses the CRLs and checks each once against the certificate authorities that may have issued
   * it; a CRL that no given authority signed validly is refused.
   */
  static SharedCrlSource of(List<byte[]> crls, List<CertificateToken> authorities) {
    List<CRLValidity> validities = new ArrayList<>();
    for (byte[] crl : crls) {
      CRLBinary binary = CRLUtils.buildCRLBinary(crl);
      CRLValidity valid = null;
      for (CertificateToken authority : authorities) {
        try {
          CRLValidity validity = CRLUtils.buildCRLValidity(binary, authority);
          if (validity.isValid()) {
            valid = validity;
            break;
          }
        } catch (IOException | RuntimeException e) {
          throw new SigningException("Cannot read a CRL of the development PKI", e);
        }
      }
      if (valid == null) {
        throw new SigningException(
            "A CRL of the development PKI is not validly signed by any of its authorities");
      }
      validities.add(valid);
    }
    return new SharedCrlSource(validities);
  }

  @Override
  public RevocationToken<CRL> getRevocationToken(
      CertificateToken certificate, CertificateToken issuer) {
    if (certificate == null || issuer == null) {
      return null;
    }
    for (CRLValidity validity : validities) {
      if (issuer.equals(validity.getIssuerToken())) {
        CRLToken token = new CRLToken(certificate, validity);
        token.setExternalOrigin(RevocationOrigin.EXTERNAL);
        return token;
      }
    }
    return null;
  }
}
