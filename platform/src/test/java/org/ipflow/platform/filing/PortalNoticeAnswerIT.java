package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Answering a notice of deficiencies from the portal's filing page, with an explanation and a
 * document: a file of the wrong type is refused at its field and nothing is stored; a good answer
 * is received as the API's answer is (the formalities are checked again), the document added and
 * the explanation kept in the timeline; another party's filing does not exist.
 */
@PlatformTest
class PortalNoticeAnswerIT {

  @LocalServerPort int port;

  @Test
  void anApplicantAnswersANoticeOfDeficienciesFromTheFilingPage() {
    Api api = new Api(port);
    String id =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark("ANSWER"))
            .json()
            .path("id")
            .asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> status(api, id).equals("AWAITING_DEFICIENCY_RESPONSE"));
    String path = "/portal/filings/" + id + "/answer";

    Api.Response wrongType =
        post(
            api, path, "alice", "Here is our proof.", "notes.txt", "text/plain", "text".getBytes());
    assertThat(wrongType.status()).isEqualTo(400);
    String page = new String(wrongType.bytes(), StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"answer-file-error\"").contains("aria-invalid=\"true\"");
    assertThat(status(api, id)).isEqualTo("AWAITING_DEFICIENCY_RESPONSE");
    assertThat(documentKinds(api, id)).doesNotContain("SUPPORTING_DOCUMENT");

    assertThat(post(api, path, "agnes", "Not mine.", null, null, null).status()).isEqualTo(404);

    Api.Response unstorable =
        post(
            api,
            path,
            "alice",
            "Our proof\u0000 is attached.",
            "proof.png",
            "image/png",
            Filings.PNG);
    assertThat(unstorable.status()).as("U+0000 cannot be stored").isEqualTo(400);
    assertThat(new String(unstorable.bytes(), StandardCharsets.UTF_8))
        .contains("id=\"explanation-error\"", "control character the office cannot store")
        .contains("Our proof is attached.");
    assertThat(status(api, id)).isEqualTo("AWAITING_DEFICIENCY_RESPONSE");
    assertThat(documentKinds(api, id)).doesNotContain("SUPPORTING_DOCUMENT");

    String explanation = "Our country code is XQ " + UUID.randomUUID();
    Api.Response answered =
        post(api, path, "alice", explanation, "proof.png", "image/png", Filings.PNG);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(302);
    assertThat(answered.header("Location")).endsWith("/portal/filings/" + id + "?answered");
    JsonNode filing = api.get("/api/v1/filings/" + id, Tokens.of("alice")).json();
    assertThat(documentKinds(api, id)).contains("SUPPORTING_DOCUMENT");
    assertThat(
            filing
                .path("timeline")
                .valueStream()
                .filter(e -> e.path("name").asString().equals("DEFICIENCY_RESPONSE"))
                .map(e -> e.path("summary").asString()))
        .singleElement()
        .asString()
        .contains(explanation);
  }

  static String status(Api api, String id) {
    return api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("status").asString();
  }

  static List<String> documentKinds(Api api, String id) {
    return api.get("/api/v1/filings/" + id, Tokens.of("alice"))
        .json()
        .path("documents")
        .valueStream()
        .map(d -> d.path("kind").asString())
        .toList();
  }

  /** A multipart form as the page's form sends it (bearer token: no CSRF token needed). */
  static Api.Response post(
      Api api,
      String path,
      String user,
      String explanation,
      String fileName,
      String mediaType,
      byte[] content) {
    String boundary = "----ipflow" + UUID.randomUUID();
    List<St96Requests.Part> parts = new ArrayList<>();
    parts.add(St96Requests.Part.field("explanation", explanation));
    parts.add(St96Requests.Part.field("answer-kind", "SUPPORTING_DOCUMENT"));
    if (fileName != null) {
      parts.add(new St96Requests.Part("answer-file", fileName, mediaType, content));
    }
    return api.send(
        api.builder(path, Tokens.of(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(St96Requests.body(boundary, parts)))
            .build());
  }
}
