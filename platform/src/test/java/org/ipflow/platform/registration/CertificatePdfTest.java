package org.ipflow.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  @Test
  void wrapsLongValuesIntoTheFullestLinesThatFitThePage() throws Exception {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      words.add(i % 7 == 0 ? "Klassifizierungsverzeichnis" : i % 3 == 0 ? "of" : "goods" + i);
    }
    String text = String.join(" ", words);
    float size = 12;
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, CertificatePdf.PARSED_FONT.get(), true);

      List<String> lines = CertificatePdf.wrap(text, font, size);

      assertThat(lines).hasSizeGreaterThan(3);
      assertThat(String.join(" ", lines)).isEqualTo(text);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(font.getStringWidth(lines.get(i)) / 1000 * size)
            .as("line %d fits", i)
            .isLessThanOrEqualTo(CertificatePdf.WIDTH);
        if (i + 1 < lines.size()) {
          String withNextWord = lines.get(i) + " " + lines.get(i + 1).split(" ")[0];
          assertThat(font.getStringWidth(withNextWord) / 1000 * size)
              .as("line %d could not take the next word", i)
              .isGreaterThan(CertificatePdf.WIDTH);
        }
      }
    }
  }

  @Test
  void keepsAWordLongerThanALineOnItsOwnLine() throws Exception {
    String word = "x".repeat(200);
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, CertificatePdf.PARSED_FONT.get(), true);

      assertThat(CertificatePdf.wrap("a " + word + " b", font, 12)).containsExactly("a", word, "b");
    }
  }

  @Test
  void writesPlainObjectsAndACrossReferenceTableThatSignaturesReadWithoutInflating()
      throws Exception {
    byte[] pdf =
        CertificatePdf.render(
            "Filing receipt", "Office", List.of(new CertificatePdf.Line("Applicant", "Genève")));
    String text = new String(pdf, StandardCharsets.ISO_8859_1);

    assertThat(text).doesNotContain("/ObjStm").doesNotContain("/XRef").contains("\nxref\n");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Filing receipt");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }
}
