package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What applicants upload may have been tampered with: each manipulation below, made here from a
 * document the office sealed, gives a clear validation result and never TOTAL_PASSED.
 */
class TamperedDocumentsTest {

  static Signing signing;
  static byte[] sealed;

  @BeforeAll
  static void seal() {
    signing = SharedSigning.get();
    sealed =
        signing.signer().signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));
  }

  @Test
  void intactSealedPdfPasses() {
    ValidationResult result = validate(sealed);

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.coversWholeDocument()).isTrue();
  }

  @Test
  void byteChangedInsideTheSignedRangeFailsWithHashFailure() {
    byte[] tampered = sealed.clone();
    int text = TestPdfs.indexOf(tampered, TestPdfs.TEXT);
    tampered[text + 7] ^= 0x01;

    assertFailed(validate(tampered), "TOTAL_FAILED", "HASH_FAILURE");
  }

  @Test
  void modifiedByteRangeFails() {
    byte[] tampered = withByteRangeShortened(sealed);

    assertFailed(validate(tampered), "TOTAL_FAILED", "HASH_FAILURE");
  }

  @Test
  void pageAddedAfterSealingFailsWithFormatFailure() {
    ValidationResult result = validate(TestPdfs.withPageAddedIncrementally(sealed));

    assertFailed(result, "TOTAL_FAILED", "FORMAT_FAILURE");
    assertThat(result.errors()).anyMatch(error -> error.contains("pages"));
  }

  @Test
  void pageContentReplacedAfterSealingFailsWithFormatFailure() {
    ValidationResult result = validate(withPageContentReplaced(sealed));

    assertFailed(result, "TOTAL_FAILED", "FORMAT_FAILURE");
  }

  @Test
  void replacedSignatureAppearanceFailsWithFormatFailure() {
    ValidationResult result = validate(withSignatureAppearanceReplaced(sealed));

    assertFailed(result, "TOTAL_FAILED", "FORMAT_FAILURE");
  }

  @Test
  void signatureCoveringOnlyPartOfTheFileFailsWithFormatFailure() {
    byte[] tampered =
        concat(
            sealed,
            "\n1 0 obj\n<< /Forged true >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    ValidationResult result = validate(tampered);

    assertFailed(result, "TOTAL_FAILED", "FORMAT_FAILURE");
    assertThat(result.coversWholeDocument()).isFalse();
    assertThat(result.errors()).anyMatch(error -> error.contains("does not cover the whole file"));
  }

  @Test
  void truncatedSealedPdfsAreUnsignedOrFail() {
    for (int length :
        new int[] {sealed.length - 1, sealed.length - 20, sealed.length / 2, sealed.length / 10}) {
      ValidationResult result = validate(Arrays.copyOf(sealed, length));

      assertThat(result.totalPassed()).as("truncated to %d bytes", length).isFalse();
    }
  }

  @Test
  void randomlyCorruptedSealedPdfsNeverPass() {
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      byte[] damaged = sealed.clone();
      for (int j = 0; j < 3; j++) {
        damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
      }
      ValidationResult result;
      try {
        result = validate(damaged);
      } catch (SigningException documented) {
        continue;
      }
      assertThat(result.totalPassed() && result.coversWholeDocument())
          .as("corrupted document %d", i)
          .isFalse();
    }
  }

  @Test
  void modifiedXmlFailsItsDetachedSignatureWithHashFailure() {
    byte[] xml = TestDocuments.st96Xml();
    byte[] signature =
        signing
            .signer()
            .signXmlDetached(xml, "application.xml", SigningRequest.officeSeal(SignatureLevel.B_T));
    byte[] modified =
        new String(xml, StandardCharsets.UTF_8)
            .replace("IPFLOW", "IPFL0W")
            .getBytes(StandardCharsets.UTF_8);

    assertFailed(
        signing.validator().validateDetached(signature, modified, "application.xml"),
        "TOTAL_FAILED",
        "HASH_FAILURE");
  }

  @Test
  void modifiedJadesPayloadFails() {
    byte[] jws =
        signing
            .signer()
            .signJson(TestDocuments.json(), SigningRequest.officeSeal(SignatureLevel.B_T));
    String text = new String(jws, StandardCharsets.UTF_8);
    Matcher payload = Pattern.compile("\"payload\":\"([^\"]+)\"").matcher(text);
    assertThat(payload.find()).isTrue();
    String forged =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"applicationNumber\":\"402026000000999\"}".getBytes(StandardCharsets.UTF_8));
    byte[] tampered =
        (text.substring(0, payload.start(1)) + forged + text.substring(payload.end(1)))
            .getBytes(StandardCharsets.UTF_8);

    assertFailed(validate(tampered), "TOTAL_FAILED", "HASH_FAILURE");
  }

  private static void assertFailed(ValidationResult result, String indication, String sub) {
    assertThat(result.signed()).isTrue();
    assertThat(result.totalPassed()).isFalse();
    assertThat(result.indication() + "/" + result.subIndication())
        .as("errors: %s", result.errors())
        .isEqualTo(indication + "/" + sub);
  }

  private static ValidationResult validate(byte[] document) {
    return signing.validator().validate(document, "upload.pdf");
  }

  /** Rewrites /ByteRange so that it leaves out the last 16 bytes (same length in the file). */
  static byte[] withByteRangeShortened(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher range =
        Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")
            .matcher(text);
    assertThat(range.find()).isTrue();
    long last = Long.parseLong(range.group(4));
    String shortened = Long.toString(last - 16);
    StringBuilder replacement = new StringBuilder(shortened);
    while (replacement.length() < range.group(4).length()) {
      replacement.append(' ');
    }
    String tampered =
        text.substring(0, range.start(4)) + replacement + text.substring(range.end(4));
    return tampered.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Replaces the page's content in an incremental update (as a forger would). */
  static byte[] withPageContentReplaced(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      PDStream stream = new PDStream(document);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(
            "BT /F1 12 Tf 72 700 Td (IPFlow filing receipt 2026-999999) Tj ET"
                .getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(stream);
      page.getCOSObject().setNeedToBeUpdated(true);
      return saveIncremental(document);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Gives the signature's widget a visible appearance of the forger's choosing. */
  static byte[] withSignatureAppearanceReplaced(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignatureField field =
          document.getDocumentCatalog().getAcroForm().getFields().stream()
              .filter(PDSignatureField.class::isInstance)
              .map(PDSignatureField.class::cast)
              .findFirst()
              .orElseThrow();
      PDAnnotationWidget widget = field.getWidgets().get(0);
      PDRectangle rectangle = new PDRectangle(72, 72, 200, 60);
      PDAppearanceStream appearance = new PDAppearanceStream(document);
      appearance.setBBox(new PDRectangle(200, 60));
      try (PDPageContentStream content = new PDPageContentStream(document, appearance)) {
        content.addRect(0, 0, 200, 60);
        content.fill();
      }
      PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
      dictionary.setNormalAppearance(appearance);
      widget.setAppearance(dictionary);
      widget.setRectangle(rectangle);
      widget.getCOSObject().setNeedToBeUpdated(true);
      widget.getCOSObject().getCOSDictionary(COSName.AP);
      return saveIncremental(document);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] saveIncremental(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.saveIncremental(out);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }
}
