package org.ipflow.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.payment.simulated.SimulatedPaymentProvider;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The simulated provider's signed callbacks: a verified one records the payment of the filing once;
 * a forged, altered, stale or replayed one is refused with a problem and records nothing.
 */
@PlatformTest
class PaymentCallbackIT {

  static final String CALLBACK = "/api/v1/payments/simulated/callback";

  @LocalServerPort int port;
  @Autowired Payments payments;
  @Autowired SimulatedPaymentProvider provider;

  private Api api;
  private String filingId;
  private Checkout checkout;

  @BeforeEach
  void fileAndStartCheckout() {
    api = new Api(port);
    Map<String, Object> request = Filings.completeTrademark("CALLBACK " + UUID.randomUUID());
    request.remove("payment");
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    filingId = filed.json().path("id").asString();
    String subject = subjectOf("alice");
    URI page =
        payments.start(
            new PaymentOrder(
                UUID.fromString(filingId),
                subject,
                new BigDecimal("150.00"),
                "EUR",
                "Application fee",
                "/portal/filings/" + filingId));
    assertThat(page.getPath()).startsWith("/payments/simulated/");
    checkout =
        payments.checkout(
            UUID.fromString(page.getPath().substring("/payments/simulated/".length())), subject);
  }

  @Test
  void aSignedCallbackRecordsThePaymentOnceAndAReplayIsRefused() {
    String payload = provider.confirmation(checkout, "SIM-" + UUID.randomUUID(), Instant.now());
    String signature = provider.sign(payload);

    Api.Response accepted = callback(payload, signature);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    JsonNode paid = paymentsOfFiling();
    assertThat(paid.size()).isEqualTo(1);
    assertThat(paid.get(0).path("provider").asString()).isEqualTo("simulated");
    assertThat(new BigDecimal(paid.get(0).path("amount").asString()))
        .isEqualByComparingTo("150.00");

    Api.Response replayed = callback(payload, signature);
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(409);
    assertThat(replayed.contentType()).isEqualTo("application/problem+json");
    assertThat(replayed.json().path("type").asString()).endsWith("payment-already-confirmed");
    assertThat(paymentsOfFiling().size()).isEqualTo(1);

    // The same payment under another reference, signed anew, is the same checkout: refused too.
    String again = provider.confirmation(checkout, "SIM-" + UUID.randomUUID(), Instant.now());
    assertThat(callback(again, provider.sign(again)).status()).isEqualTo(409);
    assertThat(paymentsOfFiling().size()).isEqualTo(1);
  }

  @Test
  void forgedAlteredOrStaleCallbacksAreRefusedAndRecordNothing() {
    String payload = provider.confirmation(checkout, "SIM-" + UUID.randomUUID(), Instant.now());

    // Signed with another key.
    assertRefused(callback(payload, "sha256=" + "ab".repeat(32)));
    // No signature at all.
    assertRefused(callback(payload, null));
    // A signed body, altered afterwards (a smaller amount).
    String altered = payload.replace("\"150.00\"", "\"1.00\"");
    assertThat(altered).isNotEqualTo(payload);
    assertRefused(callback(altered, provider.sign(payload)));
    // Correctly signed but for another amount than the checkout's.
    String cheaper =
        provider.confirmation(
            new Checkout(
                checkout.id(),
                checkout.subject(),
                checkout.payer(),
                new BigDecimal("1.00"),
                "EUR",
                checkout.description(),
                checkout.provider(),
                checkout.returnPath(),
                checkout.createdAt(),
                null),
            "SIM-" + UUID.randomUUID(),
            Instant.now());
    assertRefused(callback(cheaper, provider.sign(cheaper)));
    // Correctly signed, but issued long ago (a replay of an old message).
    String stale =
        provider.confirmation(
            checkout, "SIM-" + UUID.randomUUID(), Instant.now().minusSeconds(3600));
    assertRefused(callback(stale, provider.sign(stale)));
    // Not JSON.
    assertRefused(callback("not json", provider.sign("not json")));

    assertThat(paymentsOfFiling().size()).isZero();
    // The checkout is still open: the genuine callback then goes through.
    assertThat(callback(payload, provider.sign(payload)).status()).isEqualTo(204);
    assertThat(paymentsOfFiling().size()).isEqualTo(1);
  }

  private void assertRefused(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().path("type").asString()).endsWith("invalid-payment-callback");
  }

  private Api.Response callback(String payload, String signature) {
    HttpRequest.Builder request =
        api.builder(CALLBACK, null)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(payload));
    if (signature != null) {
      request.header(SimulatedPaymentProvider.SIGNATURE_HEADER, signature);
    }
    return api.send(request.build());
  }

  private JsonNode paymentsOfFiling() {
    return api.get("/api/v1/filings/" + filingId, Tokens.of("alice")).json().path("payments");
  }

  private String subjectOf(String user) {
    String token = Tokens.of(user);
    String claims = token.split("\\.")[1];
    JsonNode json =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(java.util.Base64.getUrlDecoder().decode(claims));
    return json.path("sub").asString();
  }
}
