package org.ipflow.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the committed development realm into a Keycloak server through its admin API. Keycloak never
 * re-imports a realm that exists, so the hash of the imported file is kept beside the server's
 * data: when the committed realm changes, the development realm is replaced (and what was
 * registered in it, such as passkeys, starts afresh — that is said in the log).
 */
public final class KeycloakRealmImport {

  public static final String REALM_RESOURCE = "keycloak/ipflow-realm.json";
  private static final Logger log = LoggerFactory.getLogger(KeycloakRealmImport.class);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();

  /** Makes sure the realm of {@link #REALM_RESOURCE} exists in {@code server}, as committed. */
  public void ensureRealm(KeycloakServer server, Path hashFile) {
    byte[] realm = readRealm();
    String realmName = json.readTree(realm).path("realm").asString();
    String hash = sha256(realm);
    try {
      String token = adminToken(server);
      boolean exists = send(server, token, "GET", "/admin/realms/" + realmName, null) == 200;
      String imported = Files.exists(hashFile) ? Files.readString(hashFile).trim() : null;
      if (exists && hash.equals(imported)) {
        log.info("Keycloak realm '{}' is up to date", realmName);
        return;
      }
      if (exists) {
        log.warn(
            "The committed realm '{}' changed: replacing the development realm (its users' registered"
                + " credentials start afresh)",
            realmName);
        expect(send(server, token, "DELETE", "/admin/realms/" + realmName, null), 204, "delete");
      }
      expect(send(server, token, "POST", "/admin/realms", realm), 201, "import");
      Files.createDirectories(hashFile.toAbsolutePath().getParent());
      Files.writeString(hashFile, hash);
      log.info("Keycloak realm '{}' imported", realmName);
    } catch (IOException e) {
      throw new UncheckedIOException("could not import the realm into Keycloak", e);
    }
  }

  private String adminToken(KeycloakServer server) throws IOException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(server.adminUser(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(server.adminPassword(), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(server.url() + "/realms/master/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = call(request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak refused the administrator's login ("
              + response.statusCode()
              + "); the administrator is created on the first start only — if the data directory"
              + " was created with another password, delete it");
    }
    JsonNode body = json.readTree(response.body());
    return body.path("access_token").asString();
  }

  private int send(KeycloakServer server, String token, String method, String path, byte[] body)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    HttpResponse<String> response = call(request.build());
    if (response.statusCode() >= 400 && response.statusCode() != 404) {
      log.error(
          "Keycloak answered {} {} with {}: {}",
          method,
          path,
          response.statusCode(),
          response.body());
    }
    return response.statusCode();
  }

  private HttpResponse<String> call(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void expect(int actual, int expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException("Keycloak realm " + what + " failed with HTTP " + actual);
    }
  }

  private static byte[] readRealm() {
    try (InputStream in =
        KeycloakRealmImport.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(REALM_RESOURCE + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
