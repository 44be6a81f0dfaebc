package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * ST.96 XML is signed with a detached XAdES signature: the schemas allow no ds:Signature inside an
 * ST.96 document, so the document must stay exactly as it is.
 */
class DetachedXmlSignatureTest {

  @Test
  void detachedSignatureVerifiesWhileTheXmlStaysByteIdentical() {
    Signing signing = SharedSigning.get();
    byte[] xml = TestDocuments.st96Xml();
    byte[] original = xml.clone();

    byte[] signature =
        signing
            .signer()
            .signXmlDetached(
                xml, "402026000000123.xml", SigningRequest.officeSeal(SignatureLevel.B_LT));

    assertThat(xml).isEqualTo(original);
    String text = new String(signature, StandardCharsets.UTF_8);
    assertThat(text).contains("ds:Signature", "URI=\"402026000000123.xml\"");
    assertThat(text).doesNotContain("TrademarkApplication"); // the document is not embedded
    ValidationResult result = signing.validator().validateDetached(signature, xml, null);
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).isEqualTo("XAdES-BASELINE-LT");
    assertThat(result.coversWholeDocument()).isTrue();
  }

  @Test
  void whitespaceChangeInTheXmlBreaksTheSignature() {
    Signing signing = SharedSigning.get();
    byte[] xml = TestDocuments.st96Xml();
    byte[] signature =
        signing
            .signer()
            .signXmlDetached(xml, "application.xml", SigningRequest.officeSeal(SignatureLevel.B_B));
    // Insignificant to an XML parser, but not the bytes that were signed.
    byte[] reformatted =
        new String(xml, StandardCharsets.UTF_8)
            .replace("IPFLOW   <", "IPFLOW<")
            .getBytes(StandardCharsets.UTF_8);

    ValidationResult result =
        signing.validator().validateDetached(signature, reformatted, "application.xml");

    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_FAILED);
  }

  @Test
  void detachedSignatureWithoutItsDocumentIsNotTotalPassed() {
    Signing signing = SharedSigning.get();
    byte[] signature =
        signing
            .signer()
            .signXmlDetached(
                TestDocuments.st96Xml(),
                "application.xml",
                SigningRequest.officeSeal(SignatureLevel.B_B));

    ValidationResult result = signing.validator().validate(signature, "signature.xml");

    assertThat(result.signed()).isTrue();
    assertThat(result.totalPassed()).isFalse();
  }
}
