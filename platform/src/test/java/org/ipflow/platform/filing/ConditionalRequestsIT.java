package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** ETags on a filing, If-None-Match for reading, If-Match for answering a notice. */
@PlatformTest
class ConditionalRequestsIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void aFilingCarriesAStrongEtagAndAnUnchangedOneIsNotSentAgain() {
    String id = file("ETAGGED");
    String etag = awaitDeficiencyNotice(id); // a state that holds until the applicant answers
    assertThat(etag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
    assertThat(api.get("/api/v1/filings/" + id, Tokens.of("alice")).header("ETag")).isEqualTo(etag);

    Api.Response again =
        api.send(
            api.builder("/api/v1/filings/" + id, Tokens.of("alice"))
                .header("If-None-Match", etag)
                .GET()
                .build());
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.bytes()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
  }

  @Test
  void anAnswerToANoticeOnAStaleStateIsRefusedWith412AndChangesNothing() {
    String id = file("STALE ANSWER");
    String etag = awaitDeficiencyNotice(id);

    Api.Response stale = respond(id, "\"not-the-current-state\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().path("type").asString()).endsWith("precondition-failed");
    Api.Response after = api.get("/api/v1/filings/" + id, Tokens.of("alice"));
    assertThat(after.json().path("status").asString()).isEqualTo("AWAITING_DEFICIENCY_RESPONSE");
    assertThat(after.header("ETag")).isEqualTo(etag);

    Api.Response current = respond(id, etag);
    assertThat(current.status()).isEqualTo(202);

    // The tag the answer was given on no longer matches anything.
    assertThat(respond(id, etag).status()).isEqualTo(412);
    assertThat(respond(id, "W/" + etag).status()).isEqualTo(412);
  }

  private String file(String mark) {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark(mark));
    assertThat(filed.status()).isEqualTo(201);
    return filed.json().path("id").asString();
  }

  /** The ETag of the filing once it waits for the answer to its deficiency notice. */
  private String awaitDeficiencyNotice(String id) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> api.get("/api/v1/filings/" + id, Tokens.of("alice")),
            r -> r.json().path("status").asString().equals("AWAITING_DEFICIENCY_RESPONSE"))
        .header("ETag");
  }

  private Api.Response respond(String id, String ifMatch) {
    Map<String, Object> corrected = Filings.completeTrademark("CORRECTED");
    return api.send(
        api.builder("/api/v1/filings/" + id + "/response", Tokens.of("alice"))
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(corrected)))
            .build());
  }
}
