package org.ipflow.platform.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.ipflow.signing.SigningRequest;
import org.ipflow.signing.SoftHsmToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The office seal's key in a PKCS#11 token (SoftHSM2 standing in for the office's QSCD), generated
 * inside it and certified with QcSSCD by the development PKI: the filing receipt the office issues
 * validates, through the platform's own validation endpoint, as a qualified electronic seal; an
 * examiner's key in the token likewise signs as a qualified electronic signature.
 */
@PlatformTest
class QualifiedSealValidationIT {

  @DynamicPropertySource
  static void sealInToken(DynamicPropertyRegistry registry) {
    registry.add("ipflow.signing.seal.type", () -> "pkcs11");
    registry.add("ipflow.signing.seal.library", SoftHsmToken::library);
    registry.add("ipflow.signing.seal.slot-list-index", () -> "0");
    registry.add("ipflow.signing.seal.alias", () -> "office-seal");
    registry.add("ipflow.signing.seal.pin", () -> SoftHsmToken.PIN);
    registry.add("ipflow.signing.seal.provision-development-key", () -> "true");
    // The senior examiner's personal key in the same token.
    registry.add("ipflow.signing.officer-keys.sam.type", () -> "pkcs11");
    registry.add("ipflow.signing.officer-keys.sam.library", SoftHsmToken::library);
    registry.add("ipflow.signing.officer-keys.sam.alias", () -> "sam");
    registry.add("ipflow.signing.officer-keys.sam.pin", () -> SoftHsmToken.PIN);
    registry.add("ipflow.signing.officer-keys.sam.provision-development-key", () -> "true");
  }

  @LocalServerPort int port;
  @Autowired DocumentSigner signer;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void filingReceiptSealedWithTheKeyInTheTokenValidatesAsAQualifiedSeal() {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("HSMSEAL"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();

    byte[] receipt = awaitReceipt(id);
    Api.Response validated = validate("application/pdf", receipt, Tokens.of("alice"));

    assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
    JsonNode result = validated.json();
    assertThat(result.path("indication").asString()).isEqualTo("TOTAL_PASSED");
    assertThat(result.path("qualification").asString()).isEqualTo("QESEAL");
    assertThat(result.path("signer").asString()).contains("QSCD");
    assertThat(result.path("format").asString()).startsWith("PAdES-BASELINE");
    assertThat(result.path("signingTime").asString()).isNotBlank();
    assertThat(result.path("timestamped").asBoolean()).isTrue();
    assertThat(result.path("etsiValidationReport").asString()).contains("ValidationReport");
  }

  @Test
  void anExaminersKeyInTheTokenMakesQualifiedSignatures() {
    byte[] signed =
        signer.signPdf(unsignedPdf(), SigningRequest.officerSignature("sam", SignatureLevel.B_T));

    Api.Response validated = validate("application/pdf", signed, Tokens.of("sam"));

    assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
    assertThat(validated.json().path("indication").asString()).isEqualTo("TOTAL_PASSED");
    assertThat(validated.json().path("qualification").asString()).isEqualTo("QESIG");
    assertThat(validated.json().path("signer").asString()).contains("sam");
  }

  @Test
  void aTamperedReceiptIsNeverTotalPassed() {
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("TAMPER"))
            .json()
            .path("id")
            .asString();
    byte[] receipt = awaitReceipt(id);
    byte[] tampered = receipt.clone();
    int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("/Type /Page");
    tampered[at + 2] = (byte) (tampered[at + 2] ^ 0x01);

    Api.Response validated = validate("application/pdf", tampered, Tokens.of("agnes"));

    assertThat(validated.status()).as(validated.toString()).isIn(200, 422);
    if (validated.status() == 200) {
      assertThat(validated.json().path("indication").asString()).isNotEqualTo("TOTAL_PASSED");
    }
  }

  @Test
  void badInputGetsAProblemNeverAServerError() {
    String token = Tokens.of("alice");
    assertProblem(validate("application/pdf", new byte[0], token), 400, "empty-document");
    assertProblem(
        validate("application/pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII), token),
        422,
        "unreadable-document");
    assertProblem(validate("application/pdf", unsignedPdf(), token), 422, "no-signature");
    assertProblem(
        validate("application/xml", "<a><b></a>".getBytes(StandardCharsets.UTF_8), token),
        422,
        "no-signature");
    Api.Response text = validate("text/plain", "hello".getBytes(StandardCharsets.UTF_8), token);
    assertThat(text.status()).as(text.toString()).isEqualTo(415);
    assertThat(text.contentType()).startsWith("application/problem+json");
    Api.Response tooLarge = validate("application/pdf", new byte[9 * 1024 * 1024], token);
    assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
  }

  @Test
  void anonymousCallersAreAskedToSignIn() {
    Api.Response response = validate("application/pdf", unsignedPdf(), null);

    assertThat(response.status()).isEqualTo(401);
  }

  private byte[] awaitReceipt(String filingId) {
    // Issued with the 201 or shortly after it by a job: wait a bounded time for the download.
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> receipt(filingId), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<byte[]> receipt(String filingId) {
    for (JsonNode document :
        api.get("/api/v1/filings/" + filingId, Tokens.of("alice")).json().path("documents")) {
      if (document.path("kind").asString().equals("FILING_RECEIPT")) {
        Api.Response pdf = api.get(document.path("href").asString(), Tokens.of("alice"));
        if (pdf.status() == 200) {
          return Optional.of(pdf.bytes());
        }
      }
    }
    return Optional.empty();
  }

  private Api.Response validate(String mediaType, byte[] body, String token) {
    return api.send(
        api.builder("/api/v1/signature-validations", token)
            .header("Content-Type", mediaType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private static void assertProblem(Api.Response response, int status, String slug) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("type").asString()).isEqualTo("urn:ipflow:problem:" + slug);
  }

  private static byte[] unsignedPdf() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
