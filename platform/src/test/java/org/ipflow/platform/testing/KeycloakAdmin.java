package org.ipflow.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test Keycloak's admin REST API, for tests that need users of their own. */
public final class KeycloakAdmin {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private KeycloakAdmin() {}

  /**
   * Creates a user of the IPFlow realm with a password ({@code dev-only-<user>}), realm roles and
   * required actions; returns the user's id.
   */
  public static String createUser(
      String userName, List<String> roles, List<String> requiredActions) {
    String token = token();
    Map<String, Object> user =
        Map.of(
            "username",
            userName,
            "enabled",
            true,
            "email",
            userName + "@example.test",
            "emailVerified",
            true,
            "firstName",
            "Test",
            "lastName",
            userName,
            "requiredActions",
            requiredActions,
            "credentials",
            List.of(
                Map.of("type", "password", "value", "dev-only-" + userName, "temporary", false)));
    HttpResponse<String> created = send(token, "POST", "/users", JSON.writeValueAsString(user));
    if (created.statusCode() != 201) {
      throw new IllegalStateException("could not create " + userName + ": " + created.body());
    }
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    if (!roles.isEmpty()) {
      List<Object> representations =
          roles.stream()
              .map(
                  role -> (Object) JSON.readTree(send(token, "GET", "/roles/" + role, null).body()))
              .toList();
      HttpResponse<String> mapped =
          send(
              token,
              "POST",
              "/users/" + id + "/role-mappings/realm",
              JSON.writeValueAsString(representations));
      if (mapped.statusCode() != 204) {
        throw new IllegalStateException("could not give " + userName + " roles: " + mapped.body());
      }
    }
    return id;
  }

  /** The secret Keycloak generated for a confidential client of the realm. */
  public static String clientSecret(String clientId) {
    String token = token();
    JsonNode clients =
        JSON.readTree(send(token, "GET", "/clients?clientId=" + clientId, null).body());
    String id = clients.get(0).path("id").asString();
    return JSON.readTree(send(token, "GET", "/clients/" + id + "/client-secret", null).body())
        .path("value")
        .asString();
  }

  /** The types of the credentials a user has (password, webauthn-passwordless, …). */
  public static List<String> credentialTypes(String userId) {
    JsonNode credentials =
        JSON.readTree(send(token(), "GET", "/users/" + userId + "/credentials", null).body());
    return credentials.valueStream().map(c -> c.path("type").asString()).toList();
  }

  private static String token() {
    TestStack stack = TestStack.get();
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(stack.keycloakAdminUser(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(stack.keycloakAdminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        call(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused its administrator: " + response.body());
    }
    return JSON.readTree(response.body()).path("access_token").asString();
  }

  private static HttpResponse<String> send(String token, String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(TestStack.get().keycloakUrl() + "/admin/realms/ipflow" + path))
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return call(request.build());
  }

  private static HttpResponse<String> call(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
