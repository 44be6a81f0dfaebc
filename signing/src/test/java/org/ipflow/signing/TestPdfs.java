package org.ipflow.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made with PDFBox for the tests. */
final class TestPdfs {

  /** Text written, uncompressed, into the page content stream of {@link #onePage()}. */
  static final String TEXT = "IPFlow filing receipt 2026-000123";

  private TestPdfs() {}

  static byte[] onePage() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(TEXT);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a page to {@code pdf} as an incremental update (as a forger would after signing). */
  static byte[] withPageAddedIncrementally(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = new PDPage();
      document.addPage(page);
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Index of the first occurrence of {@code text} (ASCII) in {@code bytes}, or -1. */
  static int indexOf(byte[] bytes, String text) {
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
