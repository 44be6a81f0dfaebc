package org.ipflow.signing;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.CAdESUtils;
import eu.europa.esig.dss.cades.signature.CAdESLevelBaselineT;
import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.CMSUtils;
import eu.europa.esig.dss.cms.operator.CustomContentSignerBuilder;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSMessageDigest;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.ExternalCMSService;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.signature.SignatureValueChecker;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;

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
      return new FreshSignatureTimestamp(tspSource, verifier).extendCMSSignatures(cms, parameters);
    }
  }

  /**
   * DSS's T-level step for a signature built a moment ago by the office's own key: its signature
   * value is time-stamped (the unsigned attribute DSS adds, {@code CAdESLevelBaselineT}), without
   * DSS first analysing the CMS twice as a signature to augment (two document analysers, the
   * signature's identifier digested twice, a tenth of a seal) to check what holds for a signature
   * made here: one signer, no time-stamp or evidence record yet, its value just computed from the
   * digest above with a key checked against its certificate.
   */
  private static final class FreshSignatureTimestamp extends CAdESLevelBaselineT {

    FreshSignatureTimestamp(TSPSource tspSource, CertificateVerifier verifier) {
      super(tspSource, verifier);
    }

    @Override
    public CMS extendCMSSignatures(CMS cms, CAdESSignatureParameters parameters) {
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        throw new SigningException(
            "A fresh office signature has one signer, not " + signers.size());
      }
      SignerInformation signer = signers.iterator().next();
      DigestAlgorithm algorithm = parameters.getSignatureTimestampParameters().getDigestAlgorithm();
      DSSMessageDigest digest =
          new DSSMessageDigest(algorithm, DSSUtils.digest(algorithm, signer.getSignature()));
      AttributeTable unsigned =
          CAdESUtils.getUnsignedAttributes(signer)
              .add(
                  PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                  getTimeStampAttributeValue(digest, algorithm));
      return replaceSigners(cms, List.of(CMSUtils.replaceUnsignedAttributes(signer, unsigned)));
    }
  }
}
