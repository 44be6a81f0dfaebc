package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** PAdES baseline signatures with DSS; the office seal's key comes from a DSS signature token. */
final class PadesDocumentSigner implements DocumentSigner {

  private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;
  private static final byte[] PDF_HEADER = {'%', 'P', 'D', 'F', '-'};
  private static final String APP_NAME = "IPFlow";

  private final SignatureTokenConnection sealToken;
  private final DSSPrivateKeyEntry sealKey;
  private final String sealName;
  private final TSPSource tspSource;
  private final OfflineTrust trust;

  PadesDocumentSigner(
      SignatureTokenConnection sealToken,
      DSSPrivateKeyEntry sealKey,
      String sealName,
      TSPSource tspSource,
      OfflineTrust trust) {
    this.sealToken = sealToken;
    this.sealKey = sealKey;
    this.sealName = sealName;
    this.tspSource = tspSource;
    this.trust = trust;
  }

  @Override
  public byte[] signPdf(byte[] pdf, SigningRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.role() != SignerRole.OFFICE_SEAL) {
      throw new UnsupportedOperationException(
          "Signer role "
              + request.role()
              + " is not supported yet: only OFFICE_SEAL can sign. Officer signatures need each"
              + " officer's own qualified certificate and key (remote signing or a QSCD).");
    }
    if (pdf == null || pdf.length == 0) {
      throw new SigningException("Cannot sign: the document is empty");
    }
    if (!startsWithPdfHeader(pdf)) {
      throw new SigningException("Cannot sign: the document is not a PDF (no %PDF- header)");
    }
    try {
      PAdESService service = new PAdESService(trust.newCertificateVerifier());
      service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
      service.setTspSource(tspSource);

      PAdESSignatureParameters parameters = new PAdESSignatureParameters();
      parameters.setSignatureLevel(dssLevel(request.level()));
      parameters.setDigestAlgorithm(DIGEST);
      parameters.setSigningCertificate(sealKey.getCertificate());
      parameters.setCertificateChain(sealKey.getCertificateChain());
      parameters.setSignerName(sealName);
      parameters.setAppName(APP_NAME);
      // Refuse to seal with a revoked certificate (checked against the offline CRLs).
      parameters.setCheckCertificateRevocation(true);
      if (request.reason() != null) {
        parameters.setReason(request.reason());
      }
      if (request.location() != null) {
        parameters.setLocation(request.location());
      }

      DSSDocument document = new InMemoryDocument(pdf);
      ToBeSigned dataToSign = service.getDataToSign(document, parameters);
      SignatureValue signatureValue = sealToken.sign(dataToSign, DIGEST, sealKey);
      DSSDocument signed = service.signDocument(document, parameters, signatureValue);
      try (InputStream in = signed.openStream()) {
        return in.readAllBytes();
      }
    } catch (IOException | RuntimeException e) {
      throw new SigningException(
          "Cannot seal the PDF at level " + request.level() + ": " + describe(e), e);
    }
  }

  private static eu.europa.esig.dss.enumerations.SignatureLevel dssLevel(SignatureLevel level) {
    return switch (level) {
      case B_B -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B;
      case B_T -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T;
      case B_LT -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT;
      case B_LTA -> eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LTA;
    };
  }

  private static boolean startsWithPdfHeader(byte[] pdf) {
    // PDF 32000-1 7.5.2 lets the header start within the first 1024 bytes.
    int limit = Math.min(pdf.length - PDF_HEADER.length, 1024);
    for (int start = 0; start <= limit; start++) {
      int i = 0;
      while (i < PDF_HEADER.length && pdf[start + i] == PDF_HEADER[i]) {
        i++;
      }
      if (i == PDF_HEADER.length) {
        return true;
      }
    }
    return false;
  }

  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    Throwable current = e;
    while (current != null && text.length() < 500) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(current.getClass().getSimpleName());
      if (current.getMessage() != null) {
        text.append(": ").append(current.getMessage());
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return text.toString();
  }
}
