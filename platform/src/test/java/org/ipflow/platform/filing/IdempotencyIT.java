package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A retried submission with the same Idempotency-Key never creates a second filing. */
@PlatformTest
class IdempotencyIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void retryWithTheSameKeyGetsTheSameFilingMarkedAsReplayed() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> mark = Filings.completeTrademark("RETRIED ONCE");
    Api.Response first = file("alice", key, mark);
    Api.Response retry = file("alice", key, mark);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.json()).isEqualTo(first.json());
    assertThat(filingsWithMark("RETRIED ONCE")).isEqualTo(1);
  }

  @Test
  void sameKeyWithOtherContentIsRefusedAndStoresNothing() {
    String key = UUID.randomUUID().toString();
    assertThat(file("alice", key, Filings.completeTrademark("FIRST CONTENT")).status())
        .isEqualTo(201);
    Api.Response other = file("alice", key, Filings.completeTrademark("OTHER CONTENT"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(other.json().path("type").asString()).endsWith("idempotency-key-reused");
    assertThat(filingsWithMark("OTHER CONTENT")).isZero();
  }

  @Test
  void keysAreTheCallersOwnSoTwoApplicantsMayUseTheSameKey() {
    String key = "order-" + UUID.randomUUID();
    Api.Response alice = file("alice", key, Filings.completeTrademark("SHARED KEY"));
    Api.Response bob = file("bob", key, Filings.completeTrademark("SHARED KEY"));
    assertThat(alice.status()).isEqualTo(201);
    assertThat(bob.status()).isEqualTo(201);
    assertThat(bob.header("Idempotent-Replayed")).isNull();
    assertThat(bob.json().path("id")).isNotEqualTo(alice.json().path("id"));
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOneFiling() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> mark = Filings.completeTrademark("RACING RETRIES");
    Tokens.of("alice"); // one login before the race, not four at once
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Api.Response>> calls =
          IntStream.range(0, 4)
              .mapToObj(i -> (Callable<Api.Response>) () -> file("alice", key, mark))
              .toList();
      List<String> ids =
          pool.invokeAll(calls).stream()
              .map(IdempotencyIT::get)
              .peek(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201))
              .map(r -> r.json().path("id").asString())
              .distinct()
              .toList();
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(filingsWithMark("RACING RETRIES")).isEqualTo(1);
  }

  @Test
  void st96XmlSubmissionsAreIdempotentToo() {
    String key = UUID.randomUUID().toString();
    byte[] xml = St96Requests.sample(St96Requests.TRADEMARK);
    Api.Response first = api.send(xmlRequest(key, xml));
    Api.Response retry = api.send(xmlRequest(key, xml));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "has space", "tab\tinside"})
  void malformedKeysAreRefusedBeforeAnythingIsStored(String key) {
    long before = jdbc.queryForObject("SELECT count(*) FROM filing", Long.class);
    Api.Response response = file("alice", key, Filings.completeTrademark("BAD KEY"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("type").asString()).endsWith("invalid-idempotency-key");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM filing", Long.class)).isEqualTo(before);
  }

  @Test
  void aKeyLongerThan255CharactersIsRefused() {
    Api.Response response = file("alice", "k".repeat(256), Filings.completeTrademark("LONG KEY"));
    assertThat(response.status()).isEqualTo(400);
  }

  private Api.Response file(String user, String key, Map<String, Object> body) {
    return api.send(
        api.builder("/api/v1/filings", Tokens.of(user))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  private HttpRequest xmlRequest(String key, byte[] xml) {
    return api.builder("/api/v1/filings?ipRight=TRADEMARK", Tokens.of("agnes"))
        .header("Content-Type", "application/xml")
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofByteArray(xml))
        .build();
  }

  private long filingsWithMark(String text) {
    return jdbc.queryForObject("SELECT count(*) FROM filing WHERE mark_text = ?", Long.class, text);
  }

  private static Api.Response get(Future<Api.Response> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
