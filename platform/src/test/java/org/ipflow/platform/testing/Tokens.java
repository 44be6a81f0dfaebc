package org.ipflow.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real access tokens from the test Keycloak, for the demo users of the committed realm. */
public final class Tokens {

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Tokens() {}

  /**
   * An access token of {@code user} (password {@code dev-only-<user>}), reused while fresh. One
   * grant at a time: Keycloak's brute-force detection takes concurrent logins of one user for an
   * attack and disables the user for a while ({@code user_temporarily_disabled}).
   */
  public static synchronized String of(String user) {
    Cached cached = CACHE.get(user);
    if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(30))) {
      return cached.token();
    }
    JsonNode body = passwordGrant(user, "dev-only-" + user);
    String token = body.path("access_token").asString();
    CACHE.put(user, new Cached(token, Instant.now().plusSeconds(body.path("expires_in").asLong())));
    return token;
  }

  static JsonNode passwordGrant(String user, String password) {
    String form =
        "grant_type=password&client_id=ipflow-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    TestStack.get().keycloakUrl() + "/realms/ipflow/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak refused " + user + ": " + response.statusCode() + " " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Cached(String token, Instant expires) {}
}
