package org.ipflow.platform.payment.simulated;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.payment.Checkout;
import org.ipflow.platform.payment.Confirmation;
import org.ipflow.platform.payment.InvalidCallbackException;
import org.ipflow.platform.payment.PaymentProperties;
import org.ipflow.platform.payment.PaymentProvider;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment provider the platform simulates itself, for development, tests and offices without a
 * provider yet: its checkout page is served under {@code /payments/simulated/…}; paying there sends
 * the platform the callback a real provider would, over HTTP, its body signed with HMAC-SHA256
 * under a key generated at start (or taken from the environment), in the header {@value
 * #SIGNATURE_HEADER}.
 */
@Component
public class SimulatedPaymentProvider implements PaymentProvider {

  public static final String NAME = "simulated";
  public static final String SIGNATURE_HEADER = "X-Payment-Signature";
  static final Duration VALID_FOR = Duration.ofMinutes(10);
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;
  private final OfficeClock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  SimulatedPaymentProvider(PaymentProperties properties, OfficeClock clock) {
    String configured = properties.simulatedSecret();
    if (configured == null || configured.isBlank()) {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    } else {
      key = configured.getBytes(StandardCharsets.UTF_8);
    }
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public URI checkoutPage(Checkout checkout) {
    return URI.create("/payments/simulated/" + checkout.id());
  }

  /** The callback body confirming that {@code checkout} was paid, as the provider writes it. */
  public String confirmation(Checkout checkout, String reference, Instant issuedAt) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("checkoutId", checkout.id().toString());
    body.put("reference", reference);
    body.put("amount", checkout.amount().toPlainString());
    body.put("currency", checkout.currency());
    body.put("issuedAt", issuedAt.toString());
    return json.writeValueAsString(body);
  }

  /** The signature of a callback body: {@code sha256=} and the hex HMAC-SHA256 under the key. */
  public String sign(String payload) {
    return "sha256=" + HexFormat.of().formatHex(hmac(payload.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Takes the payment (it is simulated: it always succeeds) and tells the platform at {@code
   * callback}, as the provider's server would.
   *
   * @return the HTTP status the platform answered
   */
  public int pay(Checkout checkout, URI callback) {
    String payload =
        confirmation(checkout, "SIM-" + UUID.randomUUID().toString().substring(0, 18), clock.now());
    HttpRequest request =
        HttpRequest.newBuilder(callback)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header(SIGNATURE_HEADER, sign(payload))
            .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("the platform did not take the callback at " + callback, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling back " + callback, e);
    }
  }

  @Override
  public Confirmation verify(String payload, String signature) {
    if (payload == null || signature == null) {
      throw new InvalidCallbackException(
          "A callback of the simulated provider is a JSON body signed in "
              + SIGNATURE_HEADER
              + ".");
    }
    byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidCallbackException("The callback's signature does not verify.");
    }
    try {
      JsonNode body = json.readTree(payload);
      UUID checkoutId = UUID.fromString(body.path("checkoutId").asString());
      String reference = body.path("reference").asString();
      BigDecimal amount = new BigDecimal(body.path("amount").asString());
      String currency = body.path("currency").asString();
      Instant issuedAt = Instant.parse(body.path("issuedAt").asString());
      Instant now = clock.now();
      if (issuedAt.isBefore(now.minus(VALID_FOR)) || issuedAt.isAfter(now.plusSeconds(60))) {
        throw new InvalidCallbackException("The callback is stale: issued at " + issuedAt + ".");
      }
      if (reference == null || reference.isBlank() || reference.length() > 100) {
        throw new InvalidCallbackException("The callback names no payment reference.");
      }
      return new Confirmation(checkoutId, reference, amount, currency);
    } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidCallbackException("The callback's body is malformed.");
    }
  }

  private byte[] hmac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
