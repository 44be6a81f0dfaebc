package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PDF/A-2b conversion of generated PDFs, and sealing that keeps the conformance, checked with
 * PDFBox and with veraPDF, the PDF/A reference validator.
 */
class PdfA2bTest {

  static byte[] pdfa;
  static byte[] sealed;

  @BeforeAll
  static void convertAndSeal() {
    pdfa = PdfA2b.convert(TestPdfs.onePage(), "Filing receipt 2026-000123");
    sealed =
        SharedSigning.get().signer().signPdf(pdfa, SigningRequest.officeSeal(SignatureLevel.B_LTA));
  }

  @Test
  void declaresPdfA2bInXmpMetadataWithTheDocumentTitle() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdfa)) {
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp)
          .contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>")
          .contains("Filing receipt 2026-000123");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Filing receipt 2026-000123");
    }
  }

  @Test
  void carriesAnSrgbOutputIntentWithAnEmbeddedIccProfile() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdfa)) {
      var intents = document.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      assertThat(intents.get(0).getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
      try (var in = intents.get(0).getDestOutputIntent().createInputStream()) {
        assertThat(in.readAllBytes()).hasSizeGreaterThan(1000);
      }
    }
  }

  @Test
  void embedsEveryFontAndKeepsThePageText() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdfa)) {
      PDPage page = document.getPage(0);
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains(TestPdfs.TEXT);
    }
  }

  @Test
  void sealingKeepsThePdfAMetadataAndValidates() throws Exception {
    ValidationResult result = SharedSigning.get().validator().validate(sealed, "receipt.pdf");

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-LTA");
    try (PDDocument document = Loader.loadPDF(sealed)) {
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>");
      assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
    }
    // An incremental update: the PDF/A document is unchanged at the start of the sealed file.
    assertThat(java.util.Arrays.copyOf(sealed, pdfa.length)).isEqualTo(pdfa);
  }

  @Test
  void alreadyEmbeddedFontsStayAsTheyAre() throws Exception {
    byte[] withType0;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDFont font =
          PDType0Font.load(
              document,
              PDDocument.class.getResourceAsStream(
                  "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 700);
        content.showText("Décision – № 2026/123");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      withType0 = out.toByteArray();
    }

    byte[] converted = PdfA2b.convert(withType0, "Decision");

    try (PDDocument document = Loader.loadPDF(converted)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Décision – № 2026/123");
    }
  }

  @Test
  void refusesWhatIsNotAPdf() {
    assertThatThrownBy(() -> PdfA2b.convert("hello".getBytes(StandardCharsets.US_ASCII), null))
        .isInstanceOf(SigningException.class);
  }

  @Test
  void veraPdfFindsTheConvertedDocumentPdfA2bConformant() throws Exception {
    assertThat(VeraPdf.pdfA2bViolations(pdfa)).isEmpty();
  }

  @Test
  void veraPdfFindsTheSealedLtaDocumentStillPdfA2bConformant() throws Exception {
    assertThat(VeraPdf.pdfA2bViolations(sealed)).isEmpty();
  }

  @Test
  void veraPdfRejectsTheOriginalGeneratedPdf() throws Exception {
    // The helper matters: PDFBox's plain output (Standard 14 fonts, no XMP) is not PDF/A.
    assertThat(VeraPdf.pdfA2bViolations(TestPdfs.onePage())).isNotEmpty();
  }
}
