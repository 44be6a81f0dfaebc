package org.ipflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Only an access token of the IPFlow realm, signed by a key the realm publishes, unexpired, of the
 * realm's issuer and for the API's audience is accepted; every other token gets 401 {@code
 * application/problem+json}.
 *
 * <p>To show that each rejected token fails for its one flaw, and not for its signature, the test
 * adds a key of its own to the realm of the test Keycloak (passive: published in the realm's key
 * set, never used by Keycloak to sign) and mints with it tokens that are right in every respect but
 * the one under test. A token so minted with nothing wrong is accepted.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenValidationIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  Api api;
  String keycloak;
  String adminToken;
  String componentId;
  RSAKey realmKey;
  String filingPath;

  @BeforeAll
  void addAKeyToTheRealmAndFileAMark() throws Exception {
    api = new Api(port);
    keycloak = TestStack.get().keycloakUrl();
    adminToken = masterRealmToken();
    RSAKey generated = new RSAKeyGenerator(2048).generate();
    String realmId = admin("GET", "/admin/realms/ipflow", null).path("id").asString();
    ObjectNode component = JSON.createObjectNode();
    component.put("name", "token-validation-it");
    component.put("providerId", "rsa");
    component.put("providerType", "org.keycloak.keys.KeyProvider");
    component.put("parentId", realmId);
    ObjectNode config = component.putObject("config");
    config.putArray("priority").add("-100");
    config.putArray("enabled").add("true");
    config.putArray("active").add("false");
    config.putArray("algorithm").add("RS256");
    config
        .putArray("privateKey")
        .add(
            "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generated.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----");
    HttpResponse<String> created = adminCall("POST", "/admin/realms/ipflow/components", component);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    componentId = location.substring(location.lastIndexOf('/') + 1);
    String kid = null;
    for (JsonNode key : admin("GET", "/admin/realms/ipflow/keys", null).path("keys")) {
      if (key.path("providerId").asString().equals(componentId)) {
        kid = key.path("kid").asString();
      }
    }
    assertThat(kid).as("the realm publishes the added key").isNotNull();
    realmKey = new RSAKey.Builder(generated).keyID(kid).build();

    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("TOKENS"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    filingPath = "/api/v1/filings/" + filed.json().path("id").asString();
  }

  @AfterAll
  void removeTheKey() throws Exception {
    if (componentId != null) {
      adminToken = masterRealmToken();
      adminCall("DELETE", "/admin/realms/ipflow/components/" + componentId, null);
    }
  }

  @Test
  void keycloaksOwnTokenIsAccepted() {
    assertThat(api.get(filingPath, Tokens.of("alice")).status()).isEqualTo(200);
  }

  @Test
  void aTokenMintedWithTheRealmsPublishedKeyAndNothingWrongIsAccepted() throws Exception {
    assertThat(api.get(filingPath, mint(claims -> {})).status()).isEqualTo(200);
  }

  @Test
  void aTokenWhosePayloadWasAlteredUnderItsSignatureIsRejected() {
    String[] parts = Tokens.of("alice").split("\\.");
    ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    payload.putObject("realm_access").putArray("roles").add("applicant").add("examiner");
    payload.putArray("groups").add("/tm-examiners");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(payload))
            + "."
            + parts[2];

    assertUnauthorized(api.get("/api/v1/tasks", tampered));
    assertUnauthorized(api.get(filingPath, tampered));
  }

  @Test
  void anExpiredTokenIsRejected() throws Exception {
    Instant issued = Instant.now().minusSeconds(900);
    String expired =
        mint(
            claims ->
                claims
                    .issueTime(Date.from(issued))
                    .notBeforeTime(Date.from(issued))
                    .expirationTime(Date.from(issued.plusSeconds(300))));

    assertUnauthorized(api.get(filingPath, expired));
  }

  @Test
  void aTokenNotYetValidIsRejected() throws Exception {
    Instant future = Instant.now().plusSeconds(900);
    String early =
        mint(
            claims ->
                claims
                    .issueTime(Date.from(future))
                    .notBeforeTime(Date.from(future))
                    .expirationTime(Date.from(future.plusSeconds(300))));

    assertUnauthorized(api.get(filingPath, early));
  }

  @Test
  void aTokenSignedByAForeignKeyIsRejectedEvenUnderTheRealmsKeyId() throws Exception {
    RSAKey foreign = new RSAKeyGenerator(2048).keyID(realmKey.getKeyID()).generate();
    RSAKey foreignOwnId = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();

    assertUnauthorized(api.get(filingPath, sign(foreign, aliceClaims().build())));
    assertUnauthorized(api.get(filingPath, sign(foreignOwnId, aliceClaims().build())));
  }

  @Test
  void aTokenOfTheMasterRealmIsRejected() throws Exception {
    assertUnauthorized(api.get(filingPath, masterRealmToken()));
    assertUnauthorized(
        api.get(filingPath, mint(claims -> claims.issuer(keycloak + "/realms/master"))));
  }

  @Test
  void aTokenForAnotherAudienceIsRejected() throws Exception {
    assertUnauthorized(api.get(filingPath, mint(claims -> claims.audience("account"))));
    assertUnauthorized(api.get(filingPath, mint(claims -> claims.audience(List.of()))));
  }

  @Test
  void anUnsignedTokenIsRejected() {
    String[] parts = Tokens.of("alice").split("\\.");
    String none =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";

    assertUnauthorized(api.get(filingPath, none));
  }

  @Test
  void somethingThatIsNoTokenIsRejected() {
    assertUnauthorized(api.get(filingPath, "not-a-token"));
  }

  private void assertUnauthorized(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().path("type").asString())
        .isEqualTo("urn:ipflow:problem:unauthorized");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
  }

  /** Alice's claims as Keycloak issued them, changed by {@code change}, signed by the realm key. */
  private String mint(Consumer<JWTClaimsSet.Builder> change) throws Exception {
    JWTClaimsSet.Builder claims = aliceClaims();
    Instant now = Instant.now();
    claims
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString());
    change.accept(claims);
    return sign(realmKey, claims.build());
  }

  private static JWTClaimsSet.Builder aliceClaims() throws Exception {
    String payload =
        new String(
            Base64.getUrlDecoder().decode(Tokens.of("alice").split("\\.")[1]),
            StandardCharsets.UTF_8);
    return new JWTClaimsSet.Builder(JWTClaimsSet.parse(payload));
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private String masterRealmToken() throws Exception {
    TestStack stack = TestStack.get();
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(stack.keycloakAdminUser(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(stack.keycloakAdminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asString();
  }

  private JsonNode admin(String method, String path, Object body) {
    HttpResponse<String> response = adminCall(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<String> adminCall(String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(keycloak + path))
            .header("Authorization", "Bearer " + adminToken)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
