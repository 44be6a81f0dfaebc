package org.ipflow.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every read and write of a filing is in the audit trail with who, in which role, what and how it
 * ended, denials included; only admins read and export it.
 */
@PlatformTest
class AuditTrailIT {

  @LocalServerPort int port;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void recordsEveryReadAndWriteOfAFilingIncludingDenialsAndAnAdminReadsThemInOrder() {
    Api.Response filed =
        api.postJson(
            "/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("AUDITED ORCHID"));
    assertThat(filed.status()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    String number = filed.json().path("applicationNumber").asString();

    assertThat(api.get("/api/v1/filings/" + id, Tokens.of("alice")).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/filings/" + id, Tokens.of("bob")).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/filings/" + id, null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/filings/" + id, Tokens.of("erin")).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/filings/" + id + "/st96", Tokens.of("alice")).status())
        .isEqualTo(200);

    // A row is written once the answer is complete, which the client may see a moment earlier.
    List<JsonNode> rows =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> rowsOf(api.get("/api/v1/audit?filing=" + number, Tokens.of("adam"))),
                r -> r.size() >= 6);
    assertThat(rows)
        .extracting(
            r ->
                r.path("actor").asString()
                    + " "
                    + r.path("method").asString()
                    + " "
                    + r.path("path").asString().replace(id, "{id}")
                    + " "
                    + r.path("outcome").asString())
        .containsExactly(
            "alice POST /api/v1/filings SUCCEEDED",
            "alice GET /api/v1/filings/{id} SUCCEEDED",
            "bob GET /api/v1/filings/{id} NOT_FOUND",
            "anonymous GET /api/v1/filings/{id} UNAUTHENTICATED",
            "erin GET /api/v1/filings/{id} SUCCEEDED",
            "alice GET /api/v1/filings/{id}/st96 SUCCEEDED");
    JsonNode creation = rows.get(0);
    assertThat(creation.path("action").asString()).isEqualTo("WRITE");
    assertThat(creation.path("resourceType").asString()).isEqualTo("FILING");
    assertThat(creation.path("resourceId").asString()).isEqualTo(id);
    assertThat(creation.path("roles").asString()).contains("applicant");
    assertThat(creation.path("channel").asString()).isEqualTo("API");
    assertThat(creation.path("status").asInt()).isEqualTo(201);
    assertThat(creation.path("remoteAddress").asString()).isNotBlank();
    assertThat(creation.path("actorSubject").asString()).isNotBlank();
    assertThat(rows.get(4).path("roles").asString()).contains("examiner");
    assertThat(rows).allSatisfy(r -> assertThat(r.path("filingId").asString()).isEqualTo(id));

    // The same trail by id, paged.
    JsonNode first = api.get("/api/v1/audit?limit=2&filing=" + id, Tokens.of("adam")).json();
    assertThat(first.path("items")).hasSize(2);
    long next = first.path("next").asLong();
    JsonNode second =
        api.get("/api/v1/audit?limit=2&after=" + next + "&filing=" + id, Tokens.of("adam")).json();
    assertThat(second.path("items").get(0).path("actor").asString()).isEqualTo("bob");
  }

  @Test
  void onlyAdminsReadTheTrailAndTheRefusalIsItselfRecorded() {
    for (String user : List.of("alice", "agnes", "erin", "sam", "ana")) {
      Api.Response refused = api.get("/api/v1/audit", Tokens.of(user));
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    assertThat(api.get("/api/v1/audit", null).status()).isEqualTo(401);

    List<JsonNode> denials =
        rowsOf(api.get("/api/v1/audit?actor=ana&outcome=DENIED", Tokens.of("adam")));
    assertThat(denials)
        .anySatisfy(
            r -> {
              assertThat(r.path("path").asString()).isEqualTo("/api/v1/audit");
              assertThat(r.path("resourceType").asString()).isEqualTo("AUDIT");
              assertThat(r.path("roles").asString()).contains("analyst");
              assertThat(r.path("status").asInt()).isEqualTo(403);
            });
  }

  @Test
  void exportsTheTrailOfAFilingAsCsvAndAsJsonLines() {
    Api.Response filed =
        api.postJson(
            "/api/v1/filings", Tokens.of("bob"), Filings.completeTrademark("EXPORTED, \"QUOTED\""));
    String id = filed.json().path("id").asString();
    api.get("/api/v1/filings/" + id, Tokens.of("alice"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> rowsOf(api.get("/api/v1/audit?filing=" + id, Tokens.of("adam"))).size() == 2);

    Api.Response csv = api.get("/api/v1/audit/export?format=csv&filing=" + id, Tokens.of("adam"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains("attachment");
    List<String> lines = new String(csv.bytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("id,occurred_at,actor,");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",bob,").contains(",POST,/api/v1/filings,WRITE,FILING,");
    assertThat(lines.get(2)).contains(",alice,").contains(",NOT_FOUND,");

    Api.Response jsonl =
        api.get("/api/v1/audit/export?format=jsonl&filing=" + id, Tokens.of("adam"));
    assertThat(jsonl.contentType()).startsWith("application/jsonl");
    assertThat(new String(jsonl.bytes(), StandardCharsets.UTF_8).lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":").contains(id));
  }

  @Test
  void badFiltersAreProblemsNamingTheParameter() {
    assertProblem("/api/v1/audit?limit=0", 400, "'limit'");
    assertProblem("/api/v1/audit?limit=5000", 400, "'limit'");
    assertProblem("/api/v1/audit?outcome=MAYBE", 400, "'outcome'");
    assertProblem("/api/v1/audit?from=yesterday", 400, "'from'");
    assertProblem("/api/v1/audit?after=-1", 400, "'after'");
    assertProblem("/api/v1/audit?filing=TM-0000-NOPE", 404, "TM-0000-NOPE");
    assertProblem("/api/v1/audit/export?format=xlsx", 400, "'format'");
  }

  private void assertProblem(String path, int status, String named) {
    Api.Response response = api.get(path, Tokens.of("adam"));
    assertThat(response.status()).as(path).isEqualTo(status);
    assertThat(response.contentType()).as(path).startsWith("application/problem+json");
    assertThat(response.json().path("detail").asString()).as(path).contains(named);
  }

  private static List<JsonNode> rowsOf(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> rows = new ArrayList<>();
    response.json().path("items").forEach(rows::add);
    return rows;
  }
}
