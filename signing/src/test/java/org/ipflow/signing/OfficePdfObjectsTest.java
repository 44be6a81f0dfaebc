package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OfficePdfObjectsTest {

  private static final byte[] CMS = {0x30, (byte) 0x82, 0x01, (byte) 0xab, 0x7f};

  @Test
  void placesTheSignatureExactlyWhereDssWould() throws IOException {
    byte[] prepared = prepared("/Contents <" + "0".repeat(40) + "> /ByteRange [0 10 60 5]");

    byte[] ours = OfficePdfObjects.placeSignature(prepared, CMS);

    assertThat(new String(ours, StandardCharsets.US_ASCII))
        .contains("/Contents <308201ab7f" + "0".repeat(30) + ">");
    assertThat(ours).isEqualTo(bytes(PAdESUtils.replaceSignature(document(prepared), CMS, null)));
    assertThat(ours).hasSameSizeAs(prepared);
  }

  @Test
  void skipsShorterRunsOfZerosBeforeTheReservedSpace() throws IOException {
    byte[] prepared = prepared("<00> <0> /Contents <" + "0".repeat(12) + ">");

    byte[] ours = OfficePdfObjects.placeSignature(prepared, CMS);

    assertThat(new String(ours, StandardCharsets.US_ASCII))
        .contains("<00> <0> /Contents <308201ab7f00>");
    assertThat(ours).isEqualTo(bytes(PAdESUtils.replaceSignature(document(prepared), CMS, null)));
  }

  @Test
  void leavesToDssADocumentWithoutReservedSpaceOrWithTwo() {
    assertThat(OfficePdfObjects.placeSignature(prepared("/Contents <00000000>"), CMS)).isNull();
    assertThat(
            OfficePdfObjects.placeSignature(
                prepared("<" + "0".repeat(10) + "> <" + "0".repeat(10) + ">"), CMS))
        .isNull();
    assertThat(OfficePdfObjects.placeSignature(prepared("no signature here"), CMS)).isNull();
  }

  @Test
  void leavesThePreparedDocumentUntouched() {
    byte[] prepared = prepared("/Contents <" + "0".repeat(10) + ">");
    byte[] copy = Arrays.copyOf(prepared, prepared.length);

    OfficePdfObjects.placeSignature(prepared, CMS);

    assertThat(prepared).isEqualTo(copy);
  }

  private static byte[] prepared(String body) {
    return ("%PDF-1.7\n" + body + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static DSSDocument document(byte[] bytes) {
    return new InMemoryDocument(bytes);
  }

  private static byte[] bytes(DSSDocument document) throws IOException {
    try (InputStream in = document.openStream()) {
      return in.readAllBytes();
    }
  }
}
