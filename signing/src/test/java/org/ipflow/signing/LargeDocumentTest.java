package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/** Uploads near the platform's 50 MB limit validate from a file without trouble. */
class LargeDocumentTest {

  private static final int SIZE = 24 * 1024 * 1024;

  @Test
  void largeSealedPdfValidatesFromAFile() throws Exception {
    Signing signing = SharedSigning.get();
    byte[] sealed =
        signing.signer().signPdf(largePdf(), SigningRequest.officeSeal(SignatureLevel.B_T));
    Path file = SharedSigning.newDirectory("large").resolve("large.pdf");
    Files.write(file, sealed);

    ValidationResult result = signing.validator().validate(file, "large.pdf");

    assertThat(sealed.length).isGreaterThan(SIZE);
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.coversWholeDocument()).isTrue();
  }

  @Test
  void largeGarbageWithAPdfHeaderIsReportedAsUnreadable() throws Exception {
    byte[] garbage = new byte[48 * 1024 * 1024];
    new Random(1).nextBytes(garbage);
    System.arraycopy("%PDF-1.7\n".getBytes(), 0, garbage, 0, 9);
    Path file = SharedSigning.newDirectory("garbage").resolve("garbage.pdf");
    Files.write(file, garbage);

    ValidationResult fromFile = SharedSigning.get().validator().validate(file, "garbage.pdf");
    ValidationResult fromBytes = SharedSigning.get().validator().validate(garbage, "garbage.pdf");

    assertThat(fromFile.signed()).isFalse();
    assertThat(fromBytes.signed()).isFalse();
    assertThat(fromFile.warnings()).isNotEmpty();
  }

  /** A one-page PDF with a large (incompressible) embedded stream. */
  private static byte[] largePdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDStream stream = new PDStream(document);
      byte[] data = new byte[SIZE];
      new Random(2).nextBytes(data);
      try (OutputStream out = stream.createOutputStream()) {
        out.write(data);
      }
      page.getCOSObject().setItem(COSName.getPDFName("IPFlowAttachment"), stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
