package org.ipflow.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The office's letters, in the filing's language of proceedings and sealed by the office: the
 * filing receipt at once, and a letter with every notice; the applicant downloads them with the
 * filing's documents.
 */
@PlatformTest
class NoticeLettersIT {

  @LocalServerPort int port;
  @Autowired FilingService filings;
  @Autowired SignatureValidator validator;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  /** The finding of a deficient trade mark (country XQ) as the ledger records it, in English. */
  private static final String ENGLISH_FINDING =
      "The applicant's country 'XQ' is not an ISO 3166-1 alpha-2 country code.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Notice of deficiencies | Time limit: last day"
            + " | The applicant's country 'XQ' is not an ISO 3166-1 alpha-2 country code.",
        "fr | Notification d'irrégularités | Délai : dernier jour"
            + " | Le pays du déposant, « XQ », n'est pas un code de pays ISO 3166-1 alpha-2.",
        "es | Notificación de irregularidades | Plazo: último día"
            + " | El país del solicitante, «XQ», no es un código de país ISO 3166-1 alfa-2."
      })
  void deficiencyNoticeComesAsASealedLetterInTheLanguageOfProceedings(
      String language, String title, String lastDayLabel, String finding) throws IOException {
    Map<String, Object> request = Filings.deficientTrademark("LETTER " + language.toUpperCase());
    request.put("languageOfProceedings", language);
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();

    JsonNode letter = awaitDocument(id, "NOTICE");
    Api.Response pdf = api.get(letter.path("href").asString(), Tokens.of("alice"));

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    ValidationResult validation = validator.validate(pdf.bytes(), "notice.pdf");
    assertThat(validation.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(validation.format()).isEqualTo("PAdES-BASELINE-T");
    assertThat(validation.signerName()).contains("Office Seal");
    Notice notice = filings.notices(UUID.fromString(id)).get(0);
    assertThat(notice.language()).isEqualTo(language);
    String text = text(pdf.bytes());
    assertThat(text)
        .contains(title)
        .contains(lastDayLabel)
        .contains(notice.timeLimitLastDay().toString())
        .contains("F02");
    // The finding is written in the language of proceedings, with its value; the ledger keeps
    // the English sentence.
    String flowing = text.replaceAll("\\s+", " ");
    assertThat(flowing).contains("F02: " + finding);
    assertThat(notice.reasons().get(0).text()).isEqualTo(ENGLISH_FINDING);
    if (!language.equals("en")) {
      assertThat(flowing).doesNotContain(ENGLISH_FINDING);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, Filing receipt", "fr, Accusé de réception", "es, Acuse de recibo"})
  void filingReceiptIsSealedInTheLanguageOfProceedingsRightAfterThe201(
      String language, String title) throws IOException {
    Map<String, Object> request = Filings.completeTrademark("RECEIPT " + language.toUpperCase());
    request.put("languageOfProceedings", language);
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    assertThat(filed.json().path("receipt").asString())
        .isEqualTo("/api/v1/filings/" + id + "/receipt");

    Api.Response pdf = api.awaitReceipt(id, Tokens.of("alice"));
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    ValidationResult validation = validator.validate(pdf.bytes(), "receipt.pdf");
    assertThat(validation.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(validation.signerName()).contains("Office Seal");
    assertThat(text(pdf.bytes()))
        .contains(title)
        .contains(filed.json().path("applicationNumber").asString())
        .contains("mark.png");
  }

  private JsonNode awaitDocument(String id, String kind) {
    JsonNode[] found = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              for (JsonNode document :
                  api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("documents")) {
                if (document.path("kind").asString().equals(kind)) {
                  found[0] = document;
                  return true;
                }
              }
              return false;
            });
    return found[0];
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
