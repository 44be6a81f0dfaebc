package org.ipflow.signing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Makes PDFs that the platform generates PDF/A-2b conformant (ISO 19005-2, level B), as documents
 * an office issues should be: XMP metadata identifying PDF/A-2b and matching the document
 * information, an sRGB output intent with an embedded ICC profile (generated from the JDK's sRGB
 * profile), and embedded fonts. Non-embedded standard fonts (Helvetica, Times, Courier, the usual
 * output of PDFBox's Standard 14 fonts) are replaced by embedded Liberation Sans (metric-compatible
 * with Helvetica/Arial) with the same WinAnsi encoding, so the page content stays untouched.
 *
 * <p>What it cannot fix is refused with a {@link SigningException}: encrypted PDFs and non-embedded
 * fonts that are not simple standard fonts. Seal the result with PAdES: the signature is an
 * incremental update that keeps the conformance.
 */
public final class PdfA2b {

  private static final String LIBERATION_SANS =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private PdfA2b() {}

  /**
   * Returns a PDF/A-2b version of {@code pdf}.
   *
   * @param title the document title (dc:title and the document information); null keeps the
   *     existing one
   * @throws SigningException if the PDF cannot be read or made conformant
   */
  public static byte[] convert(byte[] pdf, String title) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.isEncrypted()) {
        throw new SigningException("An encrypted PDF cannot be PDF/A");
      }
      embedFonts(document);
      Instant now = Instant.now();
      PDDocumentInformation info = document.getDocumentInformation();
      if (title != null) {
        info.setTitle(title);
      }
      if (info.getProducer() == null) {
        info.setProducer("IPFlow");
      }
      Calendar created = info.getCreationDate() != null ? info.getCreationDate() : calendar(now);
      info.setCreationDate(created);
      info.setModificationDate(calendar(now));
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xmp(info, created.toInstant(), now));
      catalog.setMetadata(metadata);
      catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
      PDOutputIntent intent =
          new PDOutputIntent(
              document,
              new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      catalog.addOutputIntent(intent);
      if (document.getVersion() < 1.4f || document.getVersion() > 1.7f) {
        document.setVersion(1.7f);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new SigningException("Cannot make the PDF PDF/A-2b: " + Errors.describe(e), e);
    }
  }

  private static void embedFonts(PDDocument document) throws IOException {
    Map<PDFont, PDFont> replaced = new HashMap<>();
    Set<PDResources> seen = new HashSet<>();
    for (PDPage page : document.getPages()) {
      if (page.getResources() != null) {
        embedFonts(document, page.getResources(), replaced, seen);
      }
    }
  }

  private static void embedFonts(
      PDDocument document,
      PDResources resources,
      Map<PDFont, PDFont> replaced,
      Set<PDResources> seen)
      throws IOException {
    if (!seen.add(resources)) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font == null || font.isEmbedded()) {
        continue;
      }
      if (!(font instanceof PDType1Font type1) || !type1.isStandard14()) {
        throw new SigningException(
            "Font "
                + font.getName()
                + " is not embedded and is no standard font: embed it when generating the PDF");
      }
      PDFont replacement = replaced.get(font);
      if (replacement == null) {
        replacement = liberationSans(document);
        replaced.put(font, replacement);
      }
      resources.put(name, replacement);
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form && form.getResources() != null) {
        embedFonts(document, form.getResources(), replaced, seen);
      }
    }
  }

  private static PDFont liberationSans(PDDocument document) throws IOException {
    try (InputStream in = PDDocument.class.getResourceAsStream(LIBERATION_SANS)) {
      if (in == null) {
        throw new SigningException("PDFBox's Liberation Sans font is missing");
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      return PDTrueTypeFont.load(document, ttf, WinAnsiEncoding.INSTANCE);
    }
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
    return calendar;
  }

  private static byte[] xmp(PDDocumentInformation info, Instant created, Instant modified) {
    DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    String title = info.getTitle();
    String producer = info.getProducer();
    String xml =
        """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
              <pdfaid:part>2</pdfaid:part>
              <pdfaid:conformance>B</pdfaid:conformance>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
              <pdf:Producer>%s</pdf:Producer>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
              <xmp:CreateDate>%s</xmp:CreateDate>
              <xmp:ModifyDate>%s</xmp:ModifyDate>
            </rdf:Description>
        %s  </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
            .formatted(
                escape(producer),
                format.format(
                    created
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .atOffset(ZoneOffset.UTC)),
                format.format(
                    modified
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .atOffset(ZoneOffset.UTC)),
                title == null
                    ? ""
                    : """
                        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                          <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                        </rdf:Description>
                    """
                        .formatted(escape(title)));
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
