package org.ipflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.KeycloakAdmin;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agent's own software files through the API with the OAuth2 client-credentials grant of the
 * realm's machine client, whose service account has the agent role; what it files is its own.
 */
@PlatformTest
class MachineFilingIT {

  @LocalServerPort int port;

  @Test
  void theMachineClientFilesAndReadsItsOwnFilingsOnly() throws Exception {
    String token =
        clientCredentialsToken("ipflow-machine", KeycloakAdmin.clientSecret("ipflow-machine"));
    Api api = new Api(port);

    Api.Response filed =
        api.postJson("/api/v1/filings", token, Filings.completeTrademark("FILED BY SOFTWARE"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    assertThat(api.get("/api/v1/filings/" + id, token).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/filings/" + id, Tokens.of("alice")).status()).isEqualTo(404);
    // The agent role files; it does not examine.
    assertThat(api.get("/api/v1/tasks", token).status()).isEqualTo(403);
  }

  @Test
  void aWrongClientSecretGetsNoToken() throws Exception {
    HttpResponse<String> refused = tokenRequest("ipflow-machine", "not-the-secret");
    assertThat(refused.statusCode()).isEqualTo(401);
  }

  private static String clientCredentialsToken(String clientId, String secret) throws Exception {
    HttpResponse<String> response = tokenRequest(clientId, secret);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = JsonMapper.builder().build().readTree(response.body());
    return body.path("access_token").asString();
  }

  private static HttpResponse<String> tokenRequest(String clientId, String secret)
      throws Exception {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        TestStack.get().keycloakUrl()
                            + "/realms/ipflow/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
