package org.ipflow.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** An office that requires signed documents for a right refuses unsigned or failed uploads. */
@PlatformTest
@TestPropertySource(properties = "ipflow.documents.signatures-required-for=TRADEMARK")
class SignatureRequiredIT {

  @LocalServerPort int port;
  @Autowired DocumentSigner signer;
  @Autowired JdbcTemplate jdbc;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void anUnsignedPdfRefusesTheFilingAndNothingIsStored() {
    Api.Response refused = file("MUST BE SIGNED", UploadedPdfs.letter("unsigned"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("type").asString()).endsWith("signature-required");
    assertThat(refused.json().path("errors").get(0).path("pointer").asString())
        .isEqualTo("/documents/1");
    assertThat(count("MUST BE SIGNED")).isZero();
  }

  @Test
  void aPdfWhoseSignatureFailsRefusesTheFilingToo() {
    Api.Response refused =
        file("SIGNATURE FAILED", UploadedPdfs.tampered(sign(UploadedPdfs.letter("tampered"))));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("errors").get(0).path("detail").asString())
        .contains("failed validation");
    assertThat(count("SIGNATURE FAILED")).isZero();
  }

  @Test
  void aSignedPdfIsAccepted() {
    assertThat(file("DULY SIGNED", sign(UploadedPdfs.letter("signed"))).status()).isEqualTo(201);
  }

  private byte[] sign(byte[] pdf) {
    return signer.signPdf(
        pdf, new SigningRequest(SignerRole.OFFICE_SEAL, SignatureLevel.B_T, "test", "Bern"));
  }

  @SuppressWarnings("unchecked")
  private Api.Response file(String mark, byte[] pdf) {
    Map<String, Object> request = Filings.completeTrademark(mark);
    ((List<Object>) request.get("documents"))
        .add(UploadedPdfs.supportingDocument("attachment.pdf", pdf));
    return api.postJson("/api/v1/filings", Tokens.of("alice"), request);
  }

  private long count(String mark) {
    return jdbc.queryForObject("SELECT count(*) FROM filing WHERE mark_text = ?", Long.class, mark);
  }
}
