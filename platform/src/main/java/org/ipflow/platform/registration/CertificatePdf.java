package org.ipflow.platform.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a certificate or letter of the office, on as many pages as it needs. The font
 * (Liberation Sans, shipped inside PDFBox) is embedded, so the document renders the same
 * everywhere; characters it lacks print as '?' rather than failing the issue.
 */
final class CertificatePdf {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 60;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /**
   * The font parsed once per thread (a parsed font is not thread-safe), with glyph substitution
   * off: the office's Latin letters need no shaping, plain glyphs keep the text searchable and
   * copyable exactly as written (no ligatures), and shaping each line cost two thirds of the
   * layout.
   */
  static final ThreadLocal<TrueTypeFont> PARSED_FONT =
      ThreadLocal.withInitial(
          () -> {
            try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
              TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
              font.setEnableGsub(false);
              return font;
            } catch (IOException e) {
              throw new UncheckedIOException("could not read the office's font", e);
            }
          });

  private CertificatePdf() {}

  /** One line of the certificate: a label and its value. */
  record Line(String label, String value) {}

  static byte[] render(String title, String officeName, List<Line> lines) {
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, PARSED_FONT.get(), true);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(officeName);
      info.setProducer("IPFlow");
      PDPageContentStream content = new PDPageContentStream(document, page);
      try {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        y = text(content, font, 11, officeName, y);
        y -= 18;
        y = text(content, font, 20, title, y);
        y -= 24;
        for (Line line : lines) {
          List<String> wrapped = wrap(safe(font, line.value()), font, 12);
          for (int i = 0; i <= wrapped.size(); i++) {
            if (y < MARGIN + 20) { // the page is full: go on on the next one
              content.close();
              page = new PDPage(PDRectangle.A4);
              document.addPage(page);
              content = new PDPageContentStream(document, page);
              y = PDRectangle.A4.getHeight() - MARGIN;
            }
            y =
                i == 0
                    ? text(content, font, 9, line.label(), y)
                    : text(content, font, 12, wrapped.get(i - 1), y);
          }
          y -= 8;
        }
      } finally {
        content.close();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      // Plain objects and a cross-reference table rather than compressed object streams: the
      // letter is sealed at once and its signature later augmented, and each of those parses it
      // again (an augmentation three times); not inflating object streams makes a seal a tenth and
      // an augmentation about 8 % cheaper, for 700 more bytes (the font and page stay compressed).
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the certificate", e);
    }
  }

  private static float text(
      PDPageContentStream content, PDType0Font font, float size, String text, float y)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(MARGIN, y);
    content.showText(safe(font, text));
    content.endText();
    return y - size * 1.4f;
  }

  /**
   * Breaks {@code text} into lines no wider than the page's text width. A line's width is the sum
   * of its words' and spaces' widths (the font's glyph widths add up; no kerning is applied), so
   * each word is measured once rather than the whole line again for every word.
   */
  static List<String> wrap(String text, PDType0Font font, float size) throws IOException {
    float limit = WIDTH * 1000 / size;
    float space = font.getStringWidth(" ");
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float width = 0;
    for (String word : text.split(" ")) {
      float wordWidth = font.getStringWidth(word);
      if (line.isEmpty()) {
        line.append(word);
        width = wordWidth;
      } else if (width + space + wordWidth > limit) {
        lines.add(line.toString());
        line = new StringBuilder(word);
        width = wordWidth;
      } else {
        line.append(' ').append(word);
        width += space + wordWidth;
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static String safe(PDType0Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              boolean printable;
              try {
                printable = !Character.isISOControl(cp) && font.hasGlyph(cp);
              } catch (IOException e) {
                printable = false;
              }
              out.appendCodePoint(printable ? cp : '?');
            });
    return out.toString();
  }
}
