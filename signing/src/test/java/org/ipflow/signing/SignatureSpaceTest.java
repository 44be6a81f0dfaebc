package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.x509.CertificateToken;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The room a PDF keeps for a seal or a document time-stamp is what the last one took plus a margin,
 * not DSS's 9,472 bytes of zeros each time; a signature that no longer fits is made again.
 */
class SignatureSpaceTest {

  private static final Pattern CONTENTS = Pattern.compile("/Contents\\s*<([0-9A-Fa-f]*)>");

  @Test
  void reservesWhatTheLastSealOfTheSameKeyTookAndStillValidates() {
    try (Signing signing = freshSigning("space")) {
      byte[] first = seal(signing);
      byte[] second = seal(signing);
      byte[] lta = signing.signer().augment(second, null, SignatureLevel.B_LTA);

      assertThat(reserved(first)).containsExactly(SignatureSpace.DSS_DEFAULT);
      Room seal = rooms(second).get(0);
      assertThat(seal.reserved()).isLessThan(SignatureSpace.DSS_DEFAULT);
      assertThat(seal.reserved() - seal.used())
          .isBetween(SignatureSpace.MARGIN - 16, SignatureSpace.MARGIN + 16);
      Room timestamp = rooms(lta).get(1);
      assertThat(timestamp.reserved()).isLessThan(SignatureSpace.DSS_DEFAULT);
      assertThat(timestamp.reserved()).isGreaterThan(timestamp.used());
      assertThat(second.length).isLessThan(first.length - 2 * 3000);
      for (byte[] pdf : List.of(first, second, lta)) {
        ValidationResult result = signing.validator().validate(pdf, "sealed.pdf");
        assertThat(result.indication())
            .as("%s", result.errors())
            .isEqualTo(ValidationResult.TOTAL_PASSED);
      }
    }
  }

  @Test
  void sealsAgainWithDssRoomWhenTheSignatureNoLongerFits() {
    try (Signing signing = freshSigning("space-seal")) {
      X509Certificate seal = (X509Certificate) signing.pki().officeSealKey().getCertificate();
      // As if the last seal had been far smaller (say, before the TSA's chain grew).
      space(signing).signatureMade(new CertificateToken(seal), 600, SignatureSpace.DSS_DEFAULT);

      byte[] sealed = seal(signing);

      assertThat(reserved(sealed)).containsExactly(SignatureSpace.DSS_DEFAULT);
      assertThat(signing.validator().validate(sealed, "sealed.pdf").indication())
          .isEqualTo(ValidationResult.TOTAL_PASSED);
      // ... and the size is learnt again.
      assertThat(reserved(seal(signing)).get(0)).isLessThan(SignatureSpace.DSS_DEFAULT);
    }
  }

  @Test
  void timeStampsAgainWithDssRoomWhenTheTokenNoLongerFits() {
    try (Signing signing = freshSigning("space-timestamp")) {
      space(signing).timestampMade(400);
      // B-B: no time-stamp token is seen before the augmentation asks for two.
      byte[] sealed =
          signing
              .signer()
              .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_B));

      byte[] lta = signing.signer().augment(sealed, null, SignatureLevel.B_LTA);

      assertThat(reserved(lta))
          .containsExactly(
              SignatureSpace.DSS_DEFAULT, SignatureSpace.DSS_DEFAULT, SignatureSpace.DSS_DEFAULT);
      assertThat(signing.validator().validate(lta, "sealed.pdf").indication())
          .isEqualTo(ValidationResult.TOTAL_PASSED);
      assertThat(space(signing).forTimestamp()).isLessThan(SignatureSpace.DSS_DEFAULT);
    }
  }

  private static SignatureSpace space(Signing signing) {
    return ((DssDocumentSigner) signing.signer()).space();
  }

  private static Signing freshSigning(String name) {
    return Signing.create(
        SigningSettings.development(SharedSigning.newDirectory(name).resolve("pki")));
  }

  private static byte[] seal(Signing signing) {
    return signing
        .signer()
        .signPdf(TestPdfs.onePage(), SigningRequest.officeSeal(SignatureLevel.B_T));
  }

  private record Room(int reserved, int used) {}

  /** The signatures' /Contents: bytes reserved, and bytes used (up to the trailing zero fill). */
  private static List<Room> rooms(byte[] pdf) {
    Matcher contents = CONTENTS.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    List<Room> rooms = new ArrayList<>();
    while (contents.find()) {
      String hex = contents.group(1);
      String used = hex.replaceAll("(00)+$", "");
      rooms.add(new Room(hex.length() / 2, used.length() / 2));
    }
    return rooms;
  }

  private static List<Integer> reserved(byte[] pdf) {
    return rooms(pdf).stream().map(Room::reserved).toList();
  }
}
