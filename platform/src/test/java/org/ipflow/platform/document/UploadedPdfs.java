package org.ipflow.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs an applicant might upload, made in the test. */
final class UploadedPdfs {

  private UploadedPdfs() {}

  static byte[] letter(String text) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes with one byte inside the signed range changed (not the signature itself). */
  static byte[] tampered(byte[] signed) {
    byte[] copy = signed.clone();
    String text = new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = text.indexOf("/Producer");
    if (at < 0) {
      at = text.indexOf("/Type /Page");
    }
    if (at < 0) {
      at = 20;
    }
    copy[at + 1] = (byte) (copy[at + 1] == 'T' ? 'X' : copy[at + 1] ^ 0x01);
    return copy;
  }

  static Map<String, Object> supportingDocument(String fileName, byte[] pdf) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("kind", "SUPPORTING_DOCUMENT");
    document.put("fileName", fileName);
    document.put("mediaType", "application/pdf");
    document.put("content", Base64.getEncoder().encodeToString(pdf));
    return document;
  }
}
