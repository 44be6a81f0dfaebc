package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSSecurityProvider;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

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
  private final KeyRing keys;
  private final TrustServices trust;
  private final DocumentSigner signer;
  private final SignatureValidator validator;

  private Signing(
      DevelopmentPki pki,
      KeyRing keys,
      TrustServices trust,
      DocumentSigner signer,
      SignatureValidator validator) {
    this.pki = pki;
    this.keys = keys;
    this.trust = trust;
    this.signer = signer;
    this.validator = validator;
  }

  /**
   * Creates the services: ensures the development PKI exists in {@code settings.pkiDirectory()},
   * loads the trusted lists (from the disk cache, or from their sources the first time), opens the
   * office seal's key, and sets up the time-stamp and revocation sources.
   *
   * @throws SigningException if the PKI, the trusted lists or the keys cannot be read
   */
  public static Signing create(SigningSettings settings) {
    DevelopmentPki pki = DevelopmentPki.ensure(settings.pkiDirectory());
    TrustServices trust = new TrustServices(settings, pki);
    KeyRing keys = null;
    try {
      keys = new KeyRing(settings, pki);
      DssSignatureValidator validator =
          new DssSignatureValidator(trust, settings.visualComparisonMaxPages());
      DocumentSigner signer =
          new DssDocumentSigner(
              keys,
              tspSource(settings, pki),
              trust,
              settings.profiles(),
              validator,
              settings.archiveTimestampRenewalMargin());
      return new Signing(pki, keys, trust, signer, validator);
    } catch (RuntimeException e) {
      if (keys != null) {
        keys.close();
      }
      trust.close();
      throw e instanceof SigningException se
          ? se
          : new SigningException("Cannot set up signing: " + Errors.describe(e), e);
    }
  }

  /** Signs and seals documents. */
  public DocumentSigner signer() {
    return signer;
  }

  /** Validates signed documents. */
  public SignatureValidator validator() {
    return validator;
  }

  /** The development PKI the services use (keys, TSA, CRLs, OCSP, trusted list). */
  public DevelopmentPki pki() {
    return pki;
  }

  /**
   * Reloads the trusted lists from their sources and refreshes the disk cache; for a scheduled job
   * (e.g. every few hours). When a source cannot be reached, the lists loaded before stay in use.
   */
  public TrustStatus refreshTrustedLists() {
    return trust.refresh();
  }

  /** The state of the trusted lists as last loaded. */
  public TrustStatus trustStatus() {
    return trust.status();
  }

  /** Releases the key stores and the trusted-list threads; the services must not be used after. */
  @Override
  public void close() {
    keys.close();
    trust.close();
  }

  /**
   * The time-stamp source: a remote RFC 3161 TSA when {@code tsaUrl} is set, otherwise DSS's
   * in-process {@link KeyEntityTSPSource} with the development PKI's TSA key, which needs no
   * network.
   */
  private static TSPSource tspSource(SigningSettings settings, DevelopmentPki pki) {
    if (settings.tsaUrl() != null) {
      return new OnlineTSPSource(settings.tsaUrl());
    }
    KeyStore.PrivateKeyEntry tsaKey = pki.tsaKey();
    List<X509Certificate> chain =
        Arrays.stream(tsaKey.getCertificateChain()).map(X509Certificate.class::cast).toList();
    KeyEntityTSPSource source =
        new InProcessTsa(tsaKey.getPrivateKey(), (X509Certificate) tsaKey.getCertificate(), chain);
    source.setTsaPolicy(DevelopmentPki.DEVELOPMENT_TSA_POLICY_OID);
    source.setDigestAlgorithm(DigestAlgorithm.SHA256);
    return source;
  }

  /**
   * DSS's in-process TSA with its signature made through BouncyCastle (DSS's security provider)
   * instead of the JDK's default provider, which signs ECDSA P-256 about 2.5 times slower on Java
   * 17. What the token contains is what DSS's own generator puts in it: the signed attributes of
   * {@link KeyEntityTSPSource}, the TSA's certificate chain, its policy.
   */
  private static final class InProcessTsa extends KeyEntityTSPSource {

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;

    InProcessTsa(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {
      super(key, certificate, chain);
      this.key = key;
      this.certificate = certificate;
      this.chain = chain;
    }

    @Override
    protected TimeStampResponseGenerator initResponseGenerator(
        DigestAlgorithm digestAlgorithm, Date productionTime) {
      try {
        ContentSigner signer =
            new JcaContentSignerBuilder(getSignatureAlgorithm().getJCEId())
                .setProvider(DSSSecurityProvider.getSecurityProvider())
                .build(key);
        SignerInfoGenerator signerInfo =
            new SignerInfoGeneratorBuilder(new BcDigestCalculatorProvider())
                .setSignedAttributeGenerator(getSignedAttributeGenerator(productionTime))
                .build(signer, new X509CertificateHolder(certificate.getEncoded()));
        DigestCalculator certificateDigest =
            new BcDigestCalculatorProvider()
                .get(new AlgorithmIdentifier(new ASN1ObjectIdentifier(digestAlgorithm.getOid())));
        TimeStampTokenGenerator tokens =
            new TimeStampTokenGenerator(
                signerInfo,
                certificateDigest,
                new ASN1ObjectIdentifier(DevelopmentPki.DEVELOPMENT_TSA_POLICY_OID));
        tokens.addCertificates(new JcaCertStore(chain));
        return new TimeStampResponseGenerator(
            tokens, Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384, TSPAlgorithms.SHA512));
      } catch (IOException
          | GeneralSecurityException
          | OperatorCreationException
          | TSPException e) {
        throw new SigningException("the in-process TSA cannot time-stamp: " + e.getMessage(), e);
      }
    }
  }
}
