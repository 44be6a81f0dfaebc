package org.ipflow.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.ipflow.signing.SignerRole;
import org.ipflow.signing.SigningRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every PDF an applicant uploads is validated on upload: the result and the ETSI validation report
 * are kept beside the unchanged document and shown to the applicant and the examiner; an unsigned
 * upload is marked as such; a tampered one never comes out TOTAL_PASSED.
 */
@PlatformTest
class UploadSignaturesIT {

  @LocalServerPort int port;
  @Autowired DocumentSigner signer;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void aSignedUploadIsValidatedAndItsReportIsServedToApplicantAndExaminer() {
    byte[] signed = sign(UploadedPdfs.letter("Power of attorney"));
    JsonNode document = fileWith("SIGNED UPLOAD", "power-of-attorney.pdf", signed);

    JsonNode check = document.path("signature");
    assertThat(check.path("signed").asBoolean()).isTrue();
    assertThat(check.path("indication").asString()).isEqualTo("TOTAL_PASSED");
    assertThat(check.path("format").asString()).startsWith("PAdES");
    assertThat(check.path("signer").asString()).isNotBlank();
    assertThat(check.path("qualification").asString()).isNotBlank();
    assertThat(check.path("coversWholeDocument").asBoolean()).isTrue();

    String report = document.path("validationReportHref").asString();
    for (String reader : List.of("alice", "erin")) {
      Api.Response xml = api.get(report, Tokens.of(reader));
      assertThat(xml.status()).as(reader).isEqualTo(200);
      assertThat(xml.contentType()).startsWith("application/xml");
      assertThat(new String(xml.bytes(), StandardCharsets.UTF_8))
          // The ETSI TS 119 102-2 report, whichever prefix the marshaller gives its namespace.
          .containsPattern("<(\\w+:)?ValidationReport ")
          .contains("xmlns", "\"http://uri.etsi.org/19102/v1.4.1#\"")
          .contains("urn:etsi:019102:mainindication:total-passed");
    }
    assertThat(api.get(report, Tokens.of("bob")).status()).isEqualTo(404);
  }

  @Test
  void anUnsignedUploadIsMarkedUnsignedAndAccepted() {
    JsonNode document =
        fileWith("UNSIGNED UPLOAD", "letter.pdf", UploadedPdfs.letter("Just a letter"));
    assertThat(document.path("signature").path("signed").asBoolean()).isFalse();
    assertThat(document.path("signature").path("indication").isNull()).isTrue();
    assertThat(document.path("validationReportHref").isNull()).isTrue();
  }

  @Test
  void aPdfChangedAfterSigningIsKeptAsUploadedAndNeverPasses() throws Exception {
    byte[] tampered = UploadedPdfs.tampered(sign(UploadedPdfs.letter("Declaration")));
    JsonNode document = fileWith("TAMPERED UPLOAD", "declaration.pdf", tampered);

    JsonNode check = document.path("signature");
    assertThat(check.path("signed").asBoolean()).isTrue();
    assertThat(check.path("indication").asString()).isEqualTo("TOTAL_FAILED");
    assertThat(check.path("subIndication").asString()).isEqualTo("HASH_FAILURE");

    Api.Response stored = api.get(document.path("href").asString(), Tokens.of("alice"));
    assertThat(stored.bytes()).isEqualTo(tampered);
    assertThat(document.path("sha256").asString())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tampered)));
  }

  private byte[] sign(byte[] pdf) {
    return signer.signPdf(
        pdf, new SigningRequest(SignerRole.OFFICE_SEAL, SignatureLevel.B_T, "test", "Bern"));
  }

  /** Files a mark with one supporting PDF and returns that document as the filing shows it. */
  @SuppressWarnings("unchecked")
  private JsonNode fileWith(String mark, String fileName, byte[] pdf) {
    Map<String, Object> request = Filings.completeTrademark(mark);
    ((List<Object>) request.get("documents")).add(UploadedPdfs.supportingDocument(fileName, pdf));
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    JsonNode filing =
        api.get("/api/v1/filings/" + filed.json().path("id").asString(), Tokens.of("alice")).json();
    return filing
        .path("documents")
        .valueStream()
        .filter(d -> d.path("fileName").asString().equals(fileName))
        .findFirst()
        .orElseThrow();
  }
}
