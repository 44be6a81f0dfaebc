package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESCommonParameters;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.defaultdrawer.PdfBoxDefaultSignatureDrawerFactory;
import eu.europa.esig.dss.spi.DSSUtils;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * DSS's PDFBox services, with the signature put into the space reserved for it by a plain copy. DSS
 * prepares the document with an empty {@code /Contents <00…0>} while computing what to sign and
 * keeps it; it then pastes the signature in by reading the document byte by byte through a
 * synchronized stream (11 % of a seal's CPU in a flight recording of the process benchmark). The
 * result is the same bytes. Whatever this copy cannot place (no reserved space, or two) goes the
 * way DSS goes, which names the problem.
 */
final class OfficePdfObjects extends PdfBoxDefaultObjectFactory {

  @Override
  public PDFSignatureService newPAdESSignatureService() {
    return configure(new CopyingSignatureService(PDFServiceMode.SIGNATURE));
  }

  @Override
  public PDFSignatureService newSignatureTimestampService() {
    return configure(new CopyingSignatureService(PDFServiceMode.SIGNATURE_TIMESTAMP));
  }

  @Override
  public PDFSignatureService newArchiveTimestampService() {
    return configure(new CopyingSignatureService(PDFServiceMode.ARCHIVE_TIMESTAMP));
  }

  /**
   * The prepared document with {@code cms} (hex-encoded) at the start of the one run of zeros
   * reserved after a {@code <} that is long enough for it; {@code null} when there is no such run
   * or more than one.
   */
  static byte[] placeSignature(byte[] prepared, byte[] cms) {
    byte[] hex = HexFormat.of().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
    int found = -1;
    int i = 0;
    while (i < prepared.length) {
      if (prepared[i] != '<') {
        i++;
        continue;
      }
      int zeros = 0;
      while (i + 1 + zeros < prepared.length && prepared[i + 1 + zeros] == '0') {
        zeros++;
      }
      if (zeros >= hex.length) {
        if (found >= 0) {
          return null;
        }
        found = i + 1;
      }
      i += 1 + zeros;
    }
    if (found < 0) {
      return null;
    }
    byte[] signed = prepared.clone();
    System.arraycopy(hex, 0, signed, found, hex.length);
    return signed;
  }

  private static final class CopyingSignatureService extends PdfBoxSignatureService {

    CopyingSignatureService(PDFServiceMode mode) {
      super(mode, new PdfBoxDefaultSignatureDrawerFactory());
    }

    @Override
    public DSSDocument sign(
        DSSDocument toSignDocument, byte[] cmsSignedData, PAdESCommonParameters parameters) {
      DSSDocument prepared = parameters.getPdfSignatureCache().getToBeSignedDocument();
      if (prepared != null && cmsSignedData != null && cmsSignedData.length > 0) {
        byte[] signed = placeSignature(DSSUtils.toByteArray(prepared), cmsSignedData);
        if (signed != null) {
          parameters.reinit();
          InMemoryDocument document = new InMemoryDocument(signed);
          document.setMimeType(MimeTypeEnum.PDF);
          return document;
        }
      }
      return super.sign(toSignDocument, cmsSignedData, parameters);
    }
  }
}
