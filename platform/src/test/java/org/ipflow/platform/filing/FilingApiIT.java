package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.opposition.OppositionPeriods;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API end to end, with real Keycloak tokens: file, examine, register, download the certificate.
 */
@PlatformTest
class FilingApiIT {

  @LocalServerPort int port;
  @Autowired SignatureValidator validator;
  @Autowired FilingService filings;
  @Autowired OppositionPeriods periods;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void trademarkTravelsFromFilingToSealedRegistrationCertificate() {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("TICTAC"));

    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    assertThat(filed.header("Location")).isEqualTo("/api/v1/filings/" + id);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
    assertThat(filed.json().path("applicationNumber").asString())
        .matches("30" + today.getYear() + "\\d{9}");
    assertThat(filed.json().path("filingDate").asString()).isEqualTo(today.toString());

    String taskId = awaitTask(id, "erin");
    Api.Response decided =
        api.postJson(
            "/api/v1/tasks/" + taskId + "/decision",
            Tokens.of("erin"),
            "{\"outcome\":\"ACCEPT\",\"reason\":\"Distinctive; no conflicting marks.\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    awaitFiling(id, f -> f.path("status").asString().equals("PUBLISHED"));
    Instant published = filings.publishedAt(UUID.fromString(id)).orElseThrow();
    ClockUtil.setCurrentTime(
        Date.from(periods.trademarkPeriod(published).passes().plusSeconds(60)));

    JsonNode filing =
        awaitFiling(
            id,
            f ->
                f.path("status").asString().equals("REGISTERED")
                    && documentOfKind(f, "REGISTRATION_CERTIFICATE") != null);
    assertThat(filing.path("registration").path("number").asString()).matches("\\d{8}");
    assertThat(filing.path("registration").path("expiryDate").asString())
        .isEqualTo(LocalDate.parse(filing.path("filingDate").asString()).plusYears(10).toString());
    assertThat(filing.path("fee").path("amount").decimalValue())
        .isEqualByComparingTo(Filings.dueToday("TRADEMARK", "LEGAL_ENTITY", 2));
    assertThat(timelineNames(filing))
        .containsSubsequence(
            "RECEIVED",
            "PAYMENT_RECEIVED",
            "filing-date-requirements",
            "formalities",
            "application-fee",
            "payment-matching",
            "trademark-examination",
            "EXAMINER_DECISION",
            "PUBLISHED",
            "OPPOSITION_PERIOD",
            "STATUS",
            "CERTIFICATE_ISSUED");

    JsonNode certificate = documentOfKind(filing, "REGISTRATION_CERTIFICATE");
    Api.Response pdf = api.get(certificate.path("href").asString(), Tokens.of("alice"));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    ValidationResult validation = validator.validate(pdf.bytes(), "certificate.pdf");
    assertThat(validation.signed()).isTrue();
    assertThat(validation.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(validation.format()).isEqualTo("PAdES-BASELINE-T");
    assertThat(validation.timestamped()).isTrue();
    assertThat(validation.signerName()).contains("Office Seal");

    // A job then augments it to B-LTA: a new version beside the certificate as issued.
    JsonNode longTerm =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    api.get("/api/v1/filings/" + id, Tokens.of("alice"))
                        .json()
                        .path("documents")
                        .valueStream()
                        .filter(d -> d.path("kind").asString().equals("REGISTRATION_CERTIFICATE"))
                        .filter(d -> !d.path("id").equals(certificate.path("id")))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    byte[] augmented = api.get(longTerm.path("href").asString(), Tokens.of("alice")).bytes();
    assertThat(validator.validate(augmented, "certificate-lta.pdf").format())
        .isEqualTo("PAdES-BASELINE-LTA");
  }

  @Test
  void refusalComesOnlyAfterAnObjectionTheApplicantsObservationsAndASecondExaminer() {
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("GENERIC"))
            .json()
            .path("id")
            .asString();
    String examine = awaitTask(id, "erin");
    assertThat(decide(examine, "erin", "{\"outcome\":\"OBJECT\",\"reason\":\"Descriptive.\"}"))
        .isEqualTo(200);
    awaitFiling(id, f -> f.path("status").asString().equals("AWAITING_OBSERVATIONS"));
    Api.Response observed =
        api.postJson(
            "/api/v1/filings/" + id + "/observations",
            Tokens.of("alice"),
            "{\"text\":\"The sign is fanciful.\"}");
    assertThat(observed.status()).as(observed.toString()).isEqualTo(202);

    String reconsider = awaitTask(id, "erin", "ReconsiderAfterHearing");
    assertThat(
            decide(
                reconsider,
                "erin",
                "{\"outcome\":\"REFUSE\",\"reason\":\"The sign is descriptive of the goods.\"}"))
        .isEqualTo(200);
    String approval = awaitTask(id, "sam", "ApproveRefusal");
    assertThat(decide(approval, "erin", "{\"outcome\":\"APPROVE\"}"))
        .as("an examiner who is not senior")
        .isEqualTo(403);
    assertThat(decide(approval, "sam", "{\"outcome\":\"APPROVE\"}")).isEqualTo(200);

    JsonNode filing = awaitFiling(id, f -> f.path("status").asString().equals("REFUSED"));
    assertThat(filing.toString())
        .contains("The sign is descriptive of the goods.")
        .contains("Board of Appeal");
    assertThat(documentOfKind(filing, "REGISTRATION_CERTIFICATE")).isNull();
  }

  private int decide(String taskId, String examiner, String body) {
    return api.postJson("/api/v1/tasks/" + taskId + "/decision", Tokens.of(examiner), body)
        .status();
  }

  @Test
  void taskCanBeDecidedOnlyOnce() {
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("ONCE"))
            .json()
            .path("id")
            .asString();
    String taskId = awaitTask(id, "erin");
    String accept = "{\"outcome\":\"ACCEPT\"}";
    assertThat(
            api.postJson("/api/v1/tasks/" + taskId + "/decision", Tokens.of("erin"), accept)
                .status())
        .isEqualTo(200);

    Api.Response again =
        api.postJson("/api/v1/tasks/" + taskId + "/decision", Tokens.of("sam"), accept);

    assertThat(again.status()).isEqualTo(404);
    assertThat(again.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void examinerOfAnotherQueueNeitherSeesNorDecidesTheTask() {
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("QUEUE"))
            .json()
            .path("id")
            .asString();
    String taskId = awaitTask(id, "erin");

    assertThat(api.get("/api/v1/tasks", Tokens.of("dora")).json().toString())
        .doesNotContain(taskId);
    Api.Response decided =
        api.postJson(
            "/api/v1/tasks/" + taskId + "/decision", Tokens.of("dora"), "{\"outcome\":\"ACCEPT\"}");
    assertThat(decided.status()).isEqualTo(403);
  }

  private String awaitTask(String filingId, String examiner) {
    return awaitTask(filingId, examiner, null);
  }

  private String awaitTask(String filingId, String examiner, String activityId) {
    return api.awaitTask(filingId, Tokens.of(examiner), activityId);
  }

  private JsonNode awaitFiling(String id, java.util.function.Predicate<JsonNode> condition) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              last[0] = api.get("/api/v1/filings/" + id, Tokens.of("alice")).json();
              return condition.test(last[0]);
            });
    return last[0];
  }

  private static JsonNode documentOfKind(JsonNode filing, String kind) {
    for (JsonNode document : filing.path("documents")) {
      if (document.path("kind").asString().equals(kind)) {
        return document;
      }
    }
    return null;
  }

  private static List<String> timelineNames(JsonNode filing) {
    List<String> names = new ArrayList<>();
    filing.path("timeline").forEach(entry -> names.add(entry.path("name").asString()));
    return names;
  }
}
