package org.ipflow.signing;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESLevelBaselineT;
import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.operator.CustomContentSignerBuilder;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSMessageDigest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.ExternalCMSService;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.signature.SignatureRequirementsChecker;
import eu.europa.esig.dss.signature.SignatureValueChecker;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * DSS's PAdES service for the office's own signatures, without DSS checking again what the office
 * has just checked or made.
 *
 * <ul>
 *   <li>Before each signature DSS builds and verifies the signing certificate's whole chain; here
 *       only its validity at the signing time is checked: the revocation status of the office's
 *       keys, and that each key signs what its certificate verifies, are checked apart, at most
 *       once per interval ({@code DssDocumentSigner.assertUsable}), and the chain does not change
 *       between signatures.
 *   <li>When it time-stamps a signature it has just built (B-T), DSS validates that signature and
 *       its certificate chain again, as it does for a signature it is asked to augment; about a
 *       third of a seal's CPU went there. The office's fresh signature skips that step; an
 *       augmentation later (B-LT, B-LTA) validates it, as DSS always does.
 * </ul>
 */
final class OfficePadesService extends PAdESService {

  private final FreshSignatures fresh;
  private final SignatureSpace space;

  OfficePadesService(CertificateVerifier verifier, TSPSource tspSource, SignatureSpace space) {
    super(verifier);
    setTspSource(tspSource);
    setPdfObjFactory(new OfficePdfObjects());
    this.fresh = new FreshSignatures(verifier, tspSource);
    this.space = space;
  }

  @Override
  protected void assertSigningCertificateValid(AbstractSignatureParameters<?> parameters) {
    CertificateToken certificate = parameters.getSigningCertificate();
    if (certificate == null) {
      super.assertSigningCertificateValid(parameters); // DSS's own message for a missing one
      return;
    }
    Date signingTime = parameters.bLevel().getSigningDate();
    String problem =
        signingTime.before(certificate.getNotBefore())
            ? "is not yet valid"
            : signingTime.after(certificate.getNotAfter()) ? "is expired" : null;
    if (problem != null) {
      throw new SigningException(
          "The signing certificate "
              + certificate.getSubject().getPrincipal().getName()
              + " "
              + problem
              + " at "
              + signingTime.toInstant()
              + " (valid from "
              + certificate.getNotBefore().toInstant()
              + " to "
              + certificate.getNotAfter().toInstant()
              + ")");
    }
  }

  /**
   * As DSS's, with the T-level step of {@link FreshSignatureTimestamp}; the signature's size is
   * recorded for the room the next one reserves ({@link SignatureSpace}).
   */
  @Override
  protected byte[] generateCMSSignedData(
      DSSDocument document, PAdESSignatureParameters parameters, SignatureValue value) {
    byte[] cms =
        fresh.build(computeDocumentDigest(document, parameters), parameters, value).getDEREncoded();
    space.signatureMade(
        parameters.getSigningCertificate(), cms.length, parameters.getContentSize());
    return cms;
  }

  /**
   * DSS's CMS for a PAdES signature ({@code ExternalCMSService.buildCMS}), with the T-level step of
   * {@link FreshSignatureTimestamp}.
   */
  private static final class FreshSignatures extends ExternalCMSService {

    private final CertificateVerifier verifier;
    private final TSPSource tspSource;

    FreshSignatures(CertificateVerifier verifier, TSPSource tspSource) {
      super(verifier);
      setTspSource(tspSource);
      this.verifier = verifier;
      this.tspSource = tspSource;
    }

    CMS build(
        DSSMessageDigest messageDigest,
        PAdESSignatureParameters parameters,
        SignatureValue signatureValue) {
      SignatureValue value =
          new SignatureValueChecker()
              .ensureSignatureValue(signatureValue, parameters.getSignatureAlgorithm());
      CMS cms =
          initCMSBuilderHelper(
                  messageDigest,
                  parameters,
                  new CustomContentSignerBuilder().build(parameters.getSignatureAlgorithm(), value))
              .createCMS();
      if (parameters.getSignatureLevel() == SignatureLevel.PAdES_BASELINE_B) {
        return cms;
      }
      if (tspSource == null) {
        throw new SigningException(
            "No time-stamping authority for a " + parameters.getSignatureLevel());
      }
      parameters
          .getContext()
          .setDetachedContents(List.of(DSSUtils.toDigestDocument(messageDigest)));
      return new FreshSignatureTimestamp(tspSource, verifier).extendCMSSignatures(cms, parameters);
    }
  }

  /** DSS's T-level step for a signature built a moment ago by the office's own key. */
  private static final class FreshSignatureTimestamp extends CAdESLevelBaselineT {

    FreshSignatureTimestamp(TSPSource tspSource, CertificateVerifier verifier) {
      super(tspSource, verifier);
    }

    @Override
    protected SignatureRequirementsChecker getSignatureRequirementsChecker(
        CAdESSignatureParameters parameters) {
      return new SignatureRequirementsChecker(certificateVerifier, parameters) {
        @Override
        public void assertSignaturesValid(Collection<AdvancedSignature> signatures) {
          // Just built from the digest above and the key checked against its certificate.
        }

        @Override
        public void assertSigningCertificateIsValid(Collection<AdvancedSignature> signatures) {
          // Checked before signing (validity at the signing time; revocation per interval).
        }
      };
    }
  }
}
