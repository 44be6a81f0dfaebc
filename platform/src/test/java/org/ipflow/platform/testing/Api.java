package org.ipflow.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the platform's API, speaking JSON, as an API client would. */
public final class Api {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  // HTTP/1.1 as the platform serves it: the JDK client's default, HTTP/2, asks every request on a
  // plain connection to upgrade (h2c), which the platform never does.
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  public Api(int port) {
    this("http://localhost:" + port);
  }

  public Api(String base) {
    this.base = base;
  }

  public Response get(String path, String token) {
    return send(builder(path, token).GET().build());
  }

  public Response postJson(String path, String token, Object body) {
    return send(
        builder(path, token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : JSON.writeValueAsString(body)))
            .build());
  }

  /**
   * The filing's sealed receipt, once it is issued: the receipt is sealed right after the 201, and
   * until then its resource answers 202 with {@code Retry-After}.
   */
  public Response awaitReceipt(String filingId, String token) {
    Response[] issued = {null};
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Response response = get("/api/v1/filings/" + filingId + "/receipt", token);
              if (response.status() == 200) {
                issued[0] = response;
                return true;
              }
              if (response.status() != 202) {
                throw new AssertionError("waiting for the receipt: " + response);
              }
              return false;
            });
    return issued[0];
  }

  /**
   * The id of the first task of the filing in the caller's task list (of {@code activityId}, or of
   * any activity when it is {@code null}), once there is one.
   */
  public String awaitTask(String filingId, String token, String activityId) {
    String[] found = {null};
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              for (JsonNode task : get("/api/v1/tasks", token).json()) {
                if (task.path("filingId").asString().equals(filingId)
                    && (activityId == null
                        || task.path("activityId").asString().equals(activityId))) {
                  found[0] = task.path("id").asString();
                  return true;
                }
              }
              return false;
            });
    return found[0];
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder builder(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  /** An HTTP response with its body as JSON or bytes. */
  public record Response(HttpResponse<byte[]> raw) {
    public int status() {
      return raw.statusCode();
    }

    public JsonNode json() {
      return JSON.readTree(raw.body());
    }

    public byte[] bytes() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return raw.statusCode()
          + " "
          + new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
