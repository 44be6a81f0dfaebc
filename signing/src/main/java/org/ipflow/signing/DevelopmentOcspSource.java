package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSSecurityProvider;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import java.math.BigInteger;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The development PKI's OCSP responder, in process: answers for certificates of the issuing CA with
 * responses (RFC 6960) signed by the PKI's delegated OCSP responder, "good" or "revoked" after
 * {@link DevelopmentPki#revoke}. For signing and augmentation every request gets a fresh response
 * (thisUpdate = now), so that validation data added to a B-LT signature is newer than its
 * time-stamp; for validation a response is reused for a while, as a real responder's pre-produced
 * responses are (signing each one costs a fifth of a validation), but never across a change of the
 * revocation state.
 */
final class DevelopmentOcspSource implements OCSPSource {

  private static final long serialVersionUID = 1L;
  private static final Duration VALIDITY = Duration.ofDays(1);

  private final transient DevelopmentPki pki;
  private final transient CertificateToken issuingCa;
  private final transient X509Certificate responder;
  private final transient KeyStore.PrivateKeyEntry responderKey;
  private final transient Duration reuse;
  private final transient Map<BigInteger, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(OCSPToken token, long version, Instant producedAt) {}

  /**
   * @param reuse how long a response may be served again (zero: a fresh one for every request)
   */
  DevelopmentOcspSource(DevelopmentPki pki, Duration reuse) {
    this.reuse = reuse;
    this.pki = pki;
    this.issuingCa = new CertificateToken(pki.issuingCaCertificate());
    this.responder = pki.ocspResponderCertificate();
    this.responderKey = pki.ocspResponderKey();
  }

  @Override
  public OCSPToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
    if (certificate == null || issuer == null || !issuer.equals(issuingCa)) {
      return null;
    }
    Instant now = Instant.now();
    if (reuse.isZero()) {
      return respond(certificate, issuer, now);
    }
    long version = pki.revocationsVersion();
    Cached cached = cache.get(certificate.getSerialNumber());
    if (cached != null
        && cached.version() == version
        && cached.producedAt().plus(reuse).isAfter(now)) {
      OCSPToken copy =
          new OCSPToken(
              cached.token().getBasicOCSPResp(),
              cached.token().getLatestSingleResp(),
              certificate,
              issuer);
      copy.setSourceURL(DevelopmentPki.OCSP_URL);
      copy.setExternalOrigin(RevocationOrigin.EXTERNAL);
      return copy;
    }
    OCSPToken token = respond(certificate, issuer, now);
    cache.put(certificate.getSerialNumber(), new Cached(token, version, now));
    return token;
  }

  private OCSPToken respond(CertificateToken certificate, CertificateToken issuer, Instant now) {
    try {
      DigestCalculator sha1 =
          new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1);
      CertificateID id =
          new CertificateID(
              sha1,
              new JcaX509CertificateHolder(issuer.getCertificate()),
              certificate.getSerialNumber());
      Instant revokedAt = pki.revocations().get(certificate.getSerialNumber());
      CertificateStatus status =
          revokedAt == null
              ? CertificateStatus.GOOD
              : new RevokedStatus(Date.from(revokedAt), CRLReason.keyCompromise);
      X509CertificateHolder responderHolder = new JcaX509CertificateHolder(responder);
      BasicOCSPRespBuilder builder =
          new BasicOCSPRespBuilder(new RespID(responderHolder.getSubjectPublicKeyInfo(), sha1));
      Instant thisUpdate = now.truncatedTo(ChronoUnit.SECONDS);
      builder.addResponse(
          id, status, Date.from(thisUpdate), Date.from(thisUpdate.plus(VALIDITY)), null);
      // BouncyCastle (DSS's provider) signs ECDSA 2.5 times faster than the JDK's on Java 17.
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withECDSA")
              .setProvider(DSSSecurityProvider.getSecurityProvider())
              .build(responderKey.getPrivateKey());
      BasicOCSPResp response =
          builder.build(signer, new X509CertificateHolder[] {responderHolder}, Date.from(now));
      OCSPToken token = new OCSPToken(response, response.getResponses()[0], certificate, issuer);
      token.setSourceURL(DevelopmentPki.OCSP_URL);
      token.setExternalOrigin(RevocationOrigin.EXTERNAL);
      return token;
    } catch (Exception e) {
      throw new SigningException("The development OCSP responder failed: " + Errors.describe(e), e);
    }
  }
}
