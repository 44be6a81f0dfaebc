package org.ipflow.platform.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Contesting an automated decision from the portal's filing page: the page offers a form for each
 * automated decision; without grounds the applicant is sent back to it with an error and nothing is
 * contested; with grounds the contest is opened as through the API; another party's filing does not
 * exist.
 */
@PlatformTest
class PortalContestIT {

  @LocalServerPort int port;

  @Test
  void anApplicantContestsAnAutomatedDecisionFromTheFilingPage() {
    Api api = new Api(port);
    Api.Response filed =
        api.postJson(
            "/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark("PORTAL CONTEST"));
    String id = filed.json().path("id").asString();
    String[] decision = new String[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              JsonNode timeline =
                  api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("timeline");
              timeline
                  .valueStream()
                  .filter(e -> e.path("name").asString().equals("formalities"))
                  .findFirst()
                  .ifPresent(e -> decision[0] = e.path("decisionId").asString());
              return decision[0] != null;
            });

    Api.Response page =
        api.send(
            api.builder("/portal/filings/" + id, Tokens.of("alice"))
                .header("Accept", "text/html")
                .GET()
                .build());
    assertThat(page.status()).isEqualTo(200);
    String html = new String(page.bytes(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("id=\"decision-" + decision[0] + "\"")
        .contains("/portal/filings/" + id + "/decisions/" + decision[0] + "/contest");

    String path = "/portal/filings/" + id + "/decisions/" + decision[0] + "/contest";
    Api.Response empty = post(api, path, "alice", "  ");
    assertThat(empty.status()).isEqualTo(302);
    assertThat(empty.header("Location")).contains("contestError=" + decision[0]);
    assertThat(contests(api, id).size()).isZero();

    Api.Response stranger = post(api, path, "agnes", "Not mine.");
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(contests(api, id).size()).isZero();

    Api.Response contested = post(api, path, "alice", "XQ is the code our country uses.");
    assertThat(contested.status()).isEqualTo(302);
    assertThat(contested.header("Location")).contains("/portal/filings/" + id + "?contested");
    JsonNode contests = contests(api, id);
    assertThat(contests.size()).isEqualTo(1);
    assertThat(contests.get(0).path("status").asString()).isEqualTo("UNDER_REVIEW");
  }

  private static Api.Response post(Api api, String path, String user, String grounds) {
    return api.send(
        api.builder(path, Tokens.of(user))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grounds=" + URLEncoder.encode(grounds, StandardCharsets.UTF_8)))
            .build());
  }

  private static JsonNode contests(Api api, String id) {
    return api.get("/api/v1/filings/" + id + "/contests", Tokens.of("alice")).json();
  }
}
