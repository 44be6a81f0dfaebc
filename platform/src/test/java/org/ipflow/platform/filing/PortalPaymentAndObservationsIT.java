package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the office asks after filing, answered from the portal's filing page: the fee still missing
 * is shown and paid through the payment provider (once: nothing is due any more afterwards), and
 * observations on an examiner's objection are sent (a text is required) and reach the examiner.
 */
@PlatformTest
class PortalPaymentAndObservationsIT {

  @LocalServerPort int port;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
  }

  @Test
  void anApplicantPaysTheMissingFeeTheOfficeRequestsFromTheFilingPage() {
    Map<String, Object> request = Filings.completeTrademark("TOPUP " + UUID.randomUUID());
    BigDecimal fee = Filings.dueToday("TRADEMARK", "LEGAL_ENTITY", 2);
    request.put("payment", Filings.payment(fee.subtract(new BigDecimal("50.00"))));
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), request).json().path("id").asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> PortalNoticeAnswerIT.status(api, id).equals("AWAITING_PAYMENT"));

    String page = page("/portal/filings/" + id, "alice");
    assertThat(page)
        .contains("id=\"amount-due\"")
        .contains("data-amount=\"50.00\"")
        .contains("data-currency=\"EUR\"");
    JsonNode due = api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("amountDue");
    assertThat(new BigDecimal(due.path("amount").asString())).isEqualByComparingTo("50.00");
    assertThat(due.path("currency").asString()).isEqualTo("EUR");
    assertThat(due.path("lastDay").asString()).isNotBlank();
    assertThat(form("/portal/filings/" + id + "/payment", "agnes").status()).isEqualTo(404);

    Api.Response toProvider = form("/portal/filings/" + id + "/payment", "alice");
    assertThat(toProvider.status()).as(toProvider.toString()).isEqualTo(302);
    String checkout = toProvider.header("Location");
    assertThat(checkout).contains("/payments/simulated/");
    String checkoutPath = checkout.substring(checkout.indexOf("/payments/simulated/"));
    assertThat(page(checkoutPath, "alice")).contains("50.00");
    Api.Response paid = form(checkoutPath, "alice");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(302);
    assertThat(paid.header("Location")).endsWith("/portal/filings/" + id + "?paid");

    JsonNode payments =
        api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("payments");
    assertThat(payments.valueStream().map(p -> new BigDecimal(p.path("amount").asString())))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(fee.subtract(new BigDecimal("50.00")), new BigDecimal("50.00"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !PortalNoticeAnswerIT.status(api, id).equals("AWAITING_PAYMENT"));
    assertThat(page("/portal/filings/" + id, "alice")).doesNotContain("id=\"amount-due\"");
    assertThat(
            api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("amountDue").isNull())
        .isTrue();
    Api.Response again = form("/portal/filings/" + id + "/payment", "alice");
    assertThat(again.status()).as("nothing is due any more").isEqualTo(409);
  }

  @Test
  void anApplicantSendsObservationsOnAnObjectionFromTheFilingPage() {
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("GENERIC"))
            .json()
            .path("id")
            .asString();
    String examine = api.awaitTask(id, Tokens.of("erin"), null);
    Api.Response objected =
        api.postJson(
            "/api/v1/tasks/" + examine + "/decision",
            Tokens.of("erin"),
            "{\"outcome\":\"OBJECT\",\"reason\":\"Descriptive.\"}");
    assertThat(objected.status()).as(objected.toString()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> PortalNoticeAnswerIT.status(api, id).equals("AWAITING_OBSERVATIONS"));
    assertThat(page("/portal/filings/" + id, "alice"))
        .contains("id=\"answer-heading\">Send your observations on the objection");

    String path = "/portal/filings/" + id + "/answer";
    Api.Response withoutText =
        PortalNoticeAnswerIT.post(api, path, "alice", "", "proof.png", "image/png", Filings.PNG);
    assertThat(withoutText.status()).isEqualTo(400);
    assertThat(new String(withoutText.bytes(), StandardCharsets.UTF_8))
        .contains("id=\"explanation-error\"")
        .contains("Write your observations.");
    assertThat(PortalNoticeAnswerIT.status(api, id)).isEqualTo("AWAITING_OBSERVATIONS");
    assertThat(PortalNoticeAnswerIT.documentKinds(api, id)).doesNotContain("SUPPORTING_DOCUMENT");

    String observations = "The sign is fanciful for watches " + UUID.randomUUID();
    Api.Response sent =
        PortalNoticeAnswerIT.post(
            api, path, "alice", observations, "proof.png", "image/png", Filings.PNG);
    assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
    assertThat(sent.header("Location")).endsWith("/portal/filings/" + id + "?observed");
    assertThat(PortalNoticeAnswerIT.status(api, id)).isEqualTo("UNDER_EXAMINATION");
    assertThat(PortalNoticeAnswerIT.documentKinds(api, id)).contains("SUPPORTING_DOCUMENT");
    JsonNode timeline =
        api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("timeline");
    assertThat(
            timeline
                .valueStream()
                .filter(e -> e.path("name").asString().equals("OBSERVATIONS"))
                .map(e -> e.path("summary").asString()))
        .containsExactly(observations);
    assertThat(api.awaitTask(id, Tokens.of("erin"), "ReconsiderAfterHearing")).isNotBlank();
  }

  private String page(String path, String user) {
    Api.Response response =
        api.send(api.builder(path, Tokens.of(user)).header("Accept", "text/html").GET().build());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return new String(response.bytes(), StandardCharsets.UTF_8);
  }

  /** An empty form, posted as the page's button posts it (bearer token: no CSRF token needed). */
  private Api.Response form(String path, String user) {
    return api.send(
        api.builder(path, Tokens.of(user))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(""))
            .build());
  }
}
