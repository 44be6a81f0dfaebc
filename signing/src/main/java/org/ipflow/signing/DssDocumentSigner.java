package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.JWSSerializationType;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.jades.JAdESSignatureParameters;
import eu.europa.esig.dss.jades.signature.JAdESService;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.signature.SignatureRequirementsChecker;
import eu.europa.esig.dss.spi.DSSSecurityProvider;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** PAdES, detached XAdES and JAdES baseline signatures and their augmentation, with DSS. */
final class DssDocumentSigner implements DocumentSigner {

  private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;
  private static final String APP_NAME = "IPFlow";
  private static final String DEFAULT_XML_NAME = "document.xml";
  private static final String JSON_NAME = "document.json";

  private final KeyRing keys;
  private final TSPSource tspSource;
  private final TrustServices trust;
  private final SigningProfiles profiles;
  private final DssSignatureValidator validator;
  private final Duration renewalMargin;
  private final Map<CertificateToken, Instant> revocationChecked = new ConcurrentHashMap<>();
  private final SignatureSpace space = new SignatureSpace();

  /** How long a successful revocation check of a signing certificate is relied on. */
  static final Duration REVOCATION_CHECK_INTERVAL = Duration.ofMinutes(1);

  DssDocumentSigner(
      KeyRing keys,
      TSPSource tspSource,
      TrustServices trust,
      SigningProfiles profiles,
      DssSignatureValidator validator,
      Duration renewalMargin) {
    this.keys = keys;
    this.tspSource = tspSource;
    this.trust = trust;
    this.profiles = profiles;
    this.validator = validator;
    this.renewalMargin = renewalMargin;
  }

  /** The room PDFs keep for signatures and time-stamps (learnt from the last ones). */
  SignatureSpace space() {
    return space;
  }

  @Override
  public byte[] signPdf(byte[] pdf, SigningRequest request) {
    return sign(SignatureFormat.PADES, pdf, null, request);
  }

  @Override
  public byte[] signXmlDetached(byte[] xml, String fileName, SigningRequest request) {
    return sign(SignatureFormat.XADES_DETACHED, xml, fileName, request);
  }

  @Override
  public byte[] signJson(byte[] json, SigningRequest request) {
    return sign(SignatureFormat.JADES, json, JSON_NAME, request);
  }

  @Override
  public byte[] sign(String documentType, byte[] document, String fileName, String officer) {
    SigningProfile profile = profiles.forDocumentType(documentType);
    SigningRequest request =
        profile.role() == SignerRole.OFFICE_SEAL
            ? SigningRequest.officeSeal(profile.level())
            : SigningRequest.officerSignature(officer, profile.level());
    return sign(profile.format(), document, fileName, request);
  }

  @Override
  public byte[] sign(
      SignatureFormat format, byte[] document, String fileName, SigningRequest request) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(request, "request");
    String what = what(format, request);
    if (document == null || document.length == 0) {
      throw new SigningException("Cannot sign: the document is empty");
    }
    if (format == SignatureFormat.PADES && !DssSignatureValidator.startsWithPdfHeader(document)) {
      throw new SigningException("Cannot sign: the document is not a PDF (no %PDF- header)");
    }
    KeyRing.Key key =
        request.role() == SignerRole.OFFICE_SEAL ? keys.seal() : keys.officer(request.officer());
    try {
      DSSDocument signed =
          ServiceFiles.remembered(
              () ->
                  switch (format) {
                    case PADES -> signPades(document, request, key);
                    case XADES_DETACHED -> signXades(document, fileName, request, key);
                    case JADES -> signJades(document, request, key);
                  });
      return bytes(signed);
    } catch (IOException | RuntimeException e) {
      throw new SigningException(
          "Cannot " + what + " at level " + request.level() + ": " + Errors.describe(e), e);
    }
  }

  private DSSDocument signPades(byte[] pdf, SigningRequest request, KeyRing.Key key) {
    int room = space.forSignature(key.entry().getCertificate());
    try {
      return signPades(pdf, request, key, room);
    } catch (RuntimeException e) {
      if (room == SignatureSpace.DSS_DEFAULT || !SignatureSpace.TooSmall.in(e)) {
        throw e;
      }
      return signPades(pdf, request, key, SignatureSpace.DSS_DEFAULT);
    }
  }

  private DSSDocument signPades(byte[] pdf, SigningRequest request, KeyRing.Key key, int room) {
    PAdESService service = padesService(space.measuring(tspSource, 0));
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(padesLevel(request.level()));
    parameters.setContentSize(room);
    common(parameters, key);
    parameters.setSignerName(key.name());
    parameters.setAppName(APP_NAME);
    if (request.reason() != null) {
      parameters.setReason(request.reason());
    }
    if (request.location() != null) {
      parameters.setLocation(request.location());
    }
    DSSDocument document = new InMemoryDocument(pdf);
    ToBeSigned data = service.getDataToSign(document, parameters);
    SignatureValue value = key.token().sign(data, DIGEST, key.entry());
    return service.signDocument(document, parameters, value);
  }

  private DSSDocument signXades(
      byte[] xml, String fileName, SigningRequest request, KeyRing.Key key) {
    XAdESService service = new XAdESService(trust.newSigningCertificateVerifier());
    service.setTspSource(tspSource);
    XAdESSignatureParameters parameters = new XAdESSignatureParameters();
    parameters.setSignatureLevel(xadesLevel(request.level()));
    parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
    common(parameters, key);
    DSSDocument document =
        new InMemoryDocument(xml, fileName == null ? DEFAULT_XML_NAME : fileName, MimeTypeEnum.XML);
    ToBeSigned data = service.getDataToSign(document, parameters);
    SignatureValue value = key.token().sign(data, DIGEST, key.entry());
    return service.signDocument(document, parameters, value);
  }

  private DSSDocument signJades(byte[] json, SigningRequest request, KeyRing.Key key) {
    JAdESService service = new JAdESService(trust.newSigningCertificateVerifier());
    service.setTspSource(tspSource);
    JAdESSignatureParameters parameters = jadesParameters(request.level());
    common(parameters, key);
    DSSDocument document = new InMemoryDocument(json, JSON_NAME, MimeTypeEnum.JSON);
    ToBeSigned data = service.getDataToSign(document, parameters);
    SignatureValue value = key.token().sign(data, DIGEST, key.entry());
    return service.signDocument(document, parameters, value);
  }

  private void common(
      eu.europa.esig.dss.signature.AbstractSignatureParameters<?> parameters, KeyRing.Key key) {
    assertUsable(key);
    parameters.setDigestAlgorithm(DIGEST);
    parameters.setSigningCertificate(key.entry().getCertificate());
    parameters.setCertificateChain(key.entry().getCertificateChain());
    // Checked above, at most once per interval, instead of twice per signature by DSS.
    parameters.setCheckCertificateRevocation(false);
  }

  /**
   * Refuses to sign with a revoked certificate, or with a key its certificate does not verify:
   * DSS's check of the signing certificate against the CRLs / OCSP and a trial signature, made at
   * most once per {@link #REVOCATION_CHECK_INTERVAL} for each key (a revocation takes effect within
   * that interval) rather than for every signature, where it cost more than the signature itself.
   */
  private void assertUsable(KeyRing.Key key) {
    CertificateToken certificate = key.entry().getCertificate();
    Instant checked = revocationChecked.get(certificate);
    if (checked != null && checked.plus(REVOCATION_CHECK_INTERVAL).isAfter(Instant.now())) {
      return;
    }
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSigningCertificate(certificate);
    parameters.setCertificateChain(key.entry().getCertificateChain());
    parameters.setCheckCertificateRevocation(true);
    new SignatureRequirementsChecker(trust.newSigningCertificateVerifier(), parameters)
        .assertSigningCertificateIsValid(certificate);
    assertKeyMatchesCertificate(key);
    revocationChecked.put(certificate, Instant.now());
  }

  /**
   * Signs a trial message and verifies it with the certificate's public key: a token whose key is
   * not the certificate's would otherwise issue signatures nobody can verify (DSS verifies each new
   * signature only when it augments one; the office's fresh ones are not checked again, see {@link
   * OfficePadesService}).
   */
  private static void assertKeyMatchesCertificate(KeyRing.Key key) {
    CertificateToken certificate = key.entry().getCertificate();
    byte[] trial = ("IPFlow key check " + Instant.now()).getBytes(StandardCharsets.UTF_8);
    SignatureValue value = key.token().sign(new ToBeSigned(trial), DIGEST, key.entry());
    try {
      Signature verifier =
          Signature.getInstance(
              value.getAlgorithm().getJCEId(), DSSSecurityProvider.getSecurityProvider());
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(trial);
      if (verifier.verify(value.getValue())) {
        return;
      }
    } catch (GeneralSecurityException e) {
      throw new SigningException(
          "Cannot check the key of " + key.name() + " against its certificate: " + e.getMessage(),
          e);
    }
    throw new SigningException(
        "The key of "
            + key.name()
            + " does not match its certificate "
            + certificate.getSubject().getPrincipal().getName()
            + ": its signatures would not verify");
  }

  @Override
  public byte[] augment(byte[] signed, byte[] detachedContent, SignatureLevel targetLevel) {
    Objects.requireNonNull(signed, "signed");
    Objects.requireNonNull(targetLevel, "targetLevel");
    if (targetLevel == SignatureLevel.B_B) {
      throw new SigningException("Cannot augment to B-B: it is the lowest level");
    }
    SignatureFormat format = detect(signed);
    try {
      DSSDocument document = new InMemoryDocument(signed);
      DSSDocument augmented =
          ServiceFiles.remembered(
              () -> extend(format, document, signed, detachedContent, targetLevel));
      return bytes(augmented);
    } catch (SigningException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SigningException(
          "Cannot augment the "
              + format
              + " signature to "
              + targetLevel
              + ": "
              + Errors.describe(e),
          e);
    }
  }

  /** DSS's extension of {@code document} (the bytes {@code signed}) to {@code targetLevel}. */
  private DSSDocument extend(
      SignatureFormat format,
      DSSDocument document,
      byte[] signed,
      byte[] detachedContent,
      SignatureLevel targetLevel) {
    return switch (format) {
      case PADES -> augmentPades(document, targetLevel);
      case XADES_DETACHED -> {
        if (detachedContent == null) {
          throw new SigningException(
              "Cannot augment a detached XAdES signature without the signed document");
        }
        XAdESService service = new XAdESService(trust.newSigningCertificateVerifier());
        service.setTspSource(tspSource);
        XAdESSignatureParameters parameters = new XAdESSignatureParameters();
        parameters.setSignatureLevel(xadesLevel(targetLevel));
        parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setDetachedContents(List.of(detached(signed, detachedContent)));
        yield service.extendDocument(document, parameters);
      }
      case JADES -> {
        JAdESService service = new JAdESService(trust.newSigningCertificateVerifier());
        service.setTspSource(tspSource);
        yield service.extendDocument(document, jadesParameters(targetLevel));
      }
    };
  }

  /**
   * Augments a PAdES signature. Its document time-stamps get the room of the TSA's largest token so
   * far; when a token does not fit, the augmentation is made again with DSS's default room.
   */
  private DSSDocument augmentPades(DSSDocument document, SignatureLevel targetLevel) {
    int room = space.forTimestamp();
    try {
      return augmentPades(document, targetLevel, room);
    } catch (RuntimeException e) {
      if (room == SignatureSpace.DSS_DEFAULT || !SignatureSpace.TooSmall.in(e)) {
        throw e;
      }
      return augmentPades(document, targetLevel, SignatureSpace.DSS_DEFAULT);
    }
  }

  private DSSDocument augmentPades(DSSDocument document, SignatureLevel targetLevel, int room) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(padesLevel(targetLevel));
    parameters.setDigestAlgorithm(DIGEST);
    parameters.getSignatureTimestampParameters().setContentSize(room);
    parameters.getArchiveTimestampParameters().setContentSize(room);
    return padesService(space.measuring(tspSource, room)).extendDocument(document, parameters);
  }

  @Override
  public Optional<Instant> archiveTimestampRenewalDue(byte[] signed, byte[] detachedContent) {
    Objects.requireNonNull(signed, "signed");
    SignatureFormat format = detect(signed);
    DSSDocument detached =
        format == SignatureFormat.XADES_DETACHED && detachedContent != null
            ? detached(signed, detachedContent)
            : null;
    Reports reports;
    try {
      reports = validator.reports(new InMemoryDocument(signed), detached);
    } catch (RuntimeException e) {
      throw new SigningException("Cannot read the signed document: " + Errors.describe(e), e);
    }
    if (reports == null) {
      throw new SigningException("Cannot read the signed document as " + format);
    }
    return DssSignatureValidator.archiveTimestampExpiry(reports)
        .map(expiry -> expiry.minus(renewalMargin));
  }

  private PAdESService padesService(TSPSource tsa) {
    return new OfficePadesService(trust.newSigningCertificateVerifier(), tsa, space);
  }

  private static DSSDocument detached(byte[] signature, byte[] content) {
    String name = XadesReferences.detachedReferenceName(signature);
    return new InMemoryDocument(content, name == null ? DEFAULT_XML_NAME : name);
  }

  private static JAdESSignatureParameters jadesParameters(SignatureLevel level) {
    JAdESSignatureParameters parameters = new JAdESSignatureParameters();
    parameters.setSignatureLevel(jadesLevel(level));
    parameters.setSignaturePackaging(SignaturePackaging.ENVELOPING);
    // B-T and above need the unprotected header: JSON serialization, not the compact form.
    parameters.setJwsSerializationType(JWSSerializationType.JSON_SERIALIZATION);
    parameters.setDigestAlgorithm(DIGEST);
    return parameters;
  }

  /** The format of a signed document, from its first bytes. */
  static SignatureFormat detect(byte[] signed) {
    if (DssSignatureValidator.startsWithPdfHeader(signed)) {
      return SignatureFormat.PADES;
    }
    for (byte b : signed) {
      if (b == ' '
          || b == '\n'
          || b == '\r'
          || b == '\t'
          || b == (byte) 0xEF
          || b == (byte) 0xBB
          || b == (byte) 0xBF) {
        continue;
      }
      if (b == '<') {
        return SignatureFormat.XADES_DETACHED;
      }
      if (b == '{') {
        return SignatureFormat.JADES;
      }
      break;
    }
    throw new SigningException(
        "Not a signed document this module can augment (PDF, XAdES or JAdES JSON expected)");
  }

  private static String what(SignatureFormat format, SigningRequest request) {
    String verb = request.role() == SignerRole.OFFICE_SEAL ? "seal" : "sign";
    return switch (format) {
      case PADES -> verb + " the PDF";
      case XADES_DETACHED -> verb + " the XML document";
      case JADES -> verb + " the JSON document";
    };
  }

  private static byte[] bytes(DSSDocument document) throws IOException {
    try (InputStream in = document.openStream()) {
      return in.readAllBytes();
    }
  }

  private static eu.europa.esig.dss.enumerations.SignatureLevel padesLevel(SignatureLevel level) {
    return switch (level) {
      case B_B -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B;
      case B_T -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T;
      case B_LT -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT;
      case B_LTA -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LTA;
    };
  }

  private static eu.europa.esig.dss.enumerations.SignatureLevel xadesLevel(SignatureLevel level) {
    return switch (level) {
      case B_B -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_B;
      case B_T -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_T;
      case B_LT -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_LT;
      case B_LTA -> eu.europa.esig.dss.enumerations.SignatureLevel.XAdES_BASELINE_LTA;
    };
  }

  private static eu.europa.esig.dss.enumerations.SignatureLevel jadesLevel(SignatureLevel level) {
    return switch (level) {
      case B_B -> eu.europa.esig.dss.enumerations.SignatureLevel.JAdES_BASELINE_B;
      case B_T -> eu.europa.esig.dss.enumerations.SignatureLevel.JAdES_BASELINE_T;
      case B_LT -> eu.europa.esig.dss.enumerations.SignatureLevel.JAdES_BASELINE_LT;
      case B_LTA -> eu.europa.esig.dss.enumerations.SignatureLevel.JAdES_BASELINE_LTA;
    };
  }
}
