package org.ipflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * One party never reaches another's case: the applicant bob names the ids of the applicant alice's
 * filing, documents, notice, decisions and task, in her filing's path and in his own; the agent
 * agnes and alice are strangers to each other's filings; an examiner decides only tasks of her own
 * queue. Each attempt gets 403 or 404 {@code application/problem+json} (404 where the answer would
 * otherwise tell that the filing exists), and nothing of the case changes. Each test first makes
 * the same call as the rightful party, so that a refusal cannot come from a wrong id.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  /** Alice's mark with a deficiency notice: documents, a notice and automated decisions. */
  Case alice;

  /** Bob's own mark, the same kind of case. */
  Case bob;

  /** Alice's complete mark, waiting for an examiner of tm-examiners. */
  String aliceMark;

  String markTask;

  /** Alice's design in a class the office does not know, waiting for design-examiners. */
  String designTask;

  /** The agent agnes's filing. */
  String agnesMark;

  record Case(String filing, String document, String notice, String decision) {
    String path() {
      return "/api/v1/filings/" + filing;
    }
  }

  @BeforeAll
  void fileTheCases() {
    api = new Api(port);
    alice = deficientCase("alice", "ALICE OWN");
    bob = deficientCase("bob", "BOB OWN");
    aliceMark = file("alice", Filings.completeTrademark("ALICE EXAMINED"));
    agnesMark = file("agnes", Filings.completeTrademark("AGNES CLIENT"));
    String aliceDesign = file("alice", design("77-01"));
    markTask = awaitTask(aliceMark, "erin");
    designTask = awaitTask(aliceDesign, "dora");
  }

  @Test
  void bobReadsNeitherAlicesFilingNorItsExportsNorItsContests() {
    for (String suffix :
        List.of("", "/st96", "/st96/signature", "/st97", "/legal-status", "/contests")) {
      String path = alice.path() + suffix;
      assertThat(api.get(path, Tokens.of("alice")).status()).as("alice: " + path).isEqualTo(200);

      assertNotFound(api.get(path, Tokens.of("bob")));
    }
  }

  @Test
  void bobReadsAlicesDocumentNeitherThroughHerFilingNorThroughHis() {
    String hers = alice.path() + "/documents/" + alice.document();
    assertThat(api.get(hers, Tokens.of("alice")).status()).isEqualTo(200);

    assertNotFound(api.get(hers, Tokens.of("bob")));
    assertNotFound(api.get(bob.path() + "/documents/" + alice.document(), Tokens.of("bob")));
  }

  @Test
  void bobOpensAlicesNoticeNeitherThroughHerFilingNorThroughHisAndItStaysUnopened() {
    String before = state(alice.filing());

    assertNotFound(api.get(alice.path() + "/notices/" + alice.notice(), Tokens.of("bob")));
    assertNotFound(api.get(bob.path() + "/notices/" + alice.notice(), Tokens.of("bob")));

    assertThat(state(alice.filing())).isEqualTo(before);
    assertThat(
            jdbc.sql("SELECT count(*) FROM notice WHERE id = :n AND opened_at IS NOT NULL")
                .param("n", UUID.fromString(alice.notice()))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void bobNeitherAnswersNorPaysNorObservesForAlicesFilingAndNothingChanges() {
    String before = state(alice.filing());

    assertNotFound(
        api.postJson(
            alice.path() + "/response", Tokens.of("bob"), Filings.completeTrademark("BOB'S")));
    assertNotFound(
        api.postJson(
            alice.path() + "/payments",
            Tokens.of("bob"),
            Filings.payment(new java.math.BigDecimal("100.00"))));
    assertNotFound(
        api.postJson(
            alice.path() + "/observations", Tokens.of("bob"), Map.of("text", "Bob speaks.")));

    assertThat(state(alice.filing())).isEqualTo(before);
  }

  @Test
  void bobContestsAlicesDecisionNeitherThroughHerFilingNorThroughHis() {
    String hers = state(alice.filing());
    String his = state(bob.filing());
    Map<String, String> grounds = Map.of("grounds", "The check is wrong.");

    assertNotFound(
        api.postJson(
            alice.path() + "/decisions/" + alice.decision() + "/contest",
            Tokens.of("bob"),
            grounds));
    assertNotFound(
        api.postJson(
            bob.path() + "/decisions/" + alice.decision() + "/contest", Tokens.of("bob"), grounds));

    assertThat(state(alice.filing())).isEqualTo(hers);
    assertThat(state(bob.filing())).isEqualTo(his);
  }

  @Test
  void bobCannotOpposeAlicesUnpublishedMarkNorLearnWhereItStands() {
    String before = state(aliceMark);
    Map<String, Object> opposition = new LinkedHashMap<>();
    opposition.put("opponent", Map.of("name", "Bob Watches", "country", "CH"));
    opposition.put("earlierRight", "CH 700001");
    opposition.put("grounds", "Confusingly similar to my earlier mark.");
    opposition.put("payment", Filings.payment(new java.math.BigDecimal("320.00")));

    Api.Response response =
        api.postJson("/api/v1/filings/" + aliceMark + "/oppositions", Tokens.of("bob"), opposition);

    assertNotFound(response);
    String number =
        api.get("/api/v1/filings/" + aliceMark, Tokens.of("alice"))
            .json()
            .path("applicationNumber")
            .asString();
    assertThat(response.toString()).doesNotContain(number).doesNotContain("UNDER_EXAMINATION");
    assertThat(state(aliceMark)).isEqualTo(before);
  }

  @Test
  void applicantsReachNoTaskNotEvenOfTheirOwnFiling() {
    for (String applicant : List.of("alice", "bob")) {
      assertForbidden(api.get("/api/v1/tasks", Tokens.of(applicant)));
      assertForbidden(api.get("/api/v1/tasks?filingId=" + aliceMark, Tokens.of(applicant)));
      assertForbidden(
          api.postJson(
              "/api/v1/tasks/" + markTask + "/decision",
              Tokens.of(applicant),
              Map.of("outcome", "ACCEPT")));
    }
    assertThat(openTasks("erin")).contains(markTask);
  }

  @Test
  void applicantsNeitherReplayNorConfirmDecisions() {
    for (String applicant : List.of("alice", "bob")) {
      assertForbidden(
          api.get("/api/v1/decisions/" + alice.decision() + "/replay", Tokens.of(applicant)));
      assertForbidden(
          api.postJson(
              "/api/v1/decisions/" + alice.decision() + "/confirmation",
              Tokens.of(applicant),
              Map.of()));
    }
  }

  @Test
  void anAgentAndAnApplicantAreStrangersToEachOthersFilings() {
    String agnes = "/api/v1/filings/" + agnesMark;
    assertThat(api.get(agnes, Tokens.of("agnes")).status()).isEqualTo(200);
    String hers = state(alice.filing());
    String agents = state(agnesMark);

    assertNotFound(api.get(agnes, Tokens.of("alice")));
    assertNotFound(api.get(alice.path(), Tokens.of("agnes")));
    assertNotFound(api.get(alice.path() + "/documents/" + alice.document(), Tokens.of("agnes")));
    assertNotFound(api.get(alice.path() + "/notices/" + alice.notice(), Tokens.of("agnes")));
    assertNotFound(
        api.postJson(
            alice.path() + "/payments",
            Tokens.of("agnes"),
            Filings.payment(new java.math.BigDecimal("100.00"))));
    assertNotFound(
        api.postJson(
            agnes + "/payments",
            Tokens.of("alice"),
            Filings.payment(new java.math.BigDecimal("100.00"))));

    assertThat(state(alice.filing())).isEqualTo(hers);
    assertThat(state(agnesMark)).isEqualTo(agents);
  }

  @Test
  void anExaminerDecidesOnlyTasksOfHerOwnQueue() {
    assertThat(openTasks("erin")).contains(markTask).doesNotContain(designTask);
    assertThat(openTasks("dora")).contains(designTask).doesNotContain(markTask);

    assertForbidden(
        api.postJson(
            "/api/v1/tasks/" + designTask + "/decision",
            Tokens.of("erin"),
            Map.of("outcome", "ACCEPT", "reason", "Not my queue.")));
    assertForbidden(
        api.postJson(
            "/api/v1/tasks/" + markTask + "/decision",
            Tokens.of("dora"),
            Map.of("outcome", "ACCEPT", "reason", "Not my queue.")));
    assertForbidden(
        api.postJson(
            "/api/v1/tasks/" + designTask + "/decision",
            Tokens.of("sam"),
            Map.of("outcome", "ACCEPT", "reason", "Senior, but of another queue.")));

    assertThat(openTasks("erin")).contains(markTask);
    assertThat(openTasks("dora")).contains(designTask);
  }

  private void assertNotFound(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
  }

  private void assertForbidden(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
  }

  /** Everything of a filing that a party could change, as one comparable string. */
  private String state(String filing) {
    return jdbc.sql(
            """
            SELECT (SELECT f::text FROM filing f WHERE f.id = :f)
              || ' events=' || (SELECT count(*) FROM filing_event WHERE filing_id = :f)
              || ' payments=' || (SELECT count(*) FROM payment WHERE filing_id = :f)
              || ' documents=' || (SELECT count(*) FROM document WHERE filing_id = :f)
              || ' opened=' || (SELECT count(*) FROM notice WHERE filing_id = :f
                                  AND opened_at IS NOT NULL)
              || ' answered=' || (SELECT count(*) FROM notice WHERE filing_id = :f
                                  AND answered_at IS NOT NULL)
              || ' contests=' || (SELECT count(*) FROM contest WHERE filing_id = :f)
              || ' oppositions=' || (SELECT count(*) FROM opposition WHERE filing_id = :f)
            """)
        .param("f", UUID.fromString(filing))
        .query(String.class)
        .single();
  }

  private Case deficientCase(String applicant, String mark) {
    String id = file(applicant, Filings.deficientTrademark(mark));
    JsonNode filing =
        awaitFiling(
            id,
            applicant,
            f ->
                f.path("notices").size() > 0
                    && f.path("status").asString().equals("AWAITING_DEFICIENCY_RESPONSE"));
    String decision = null;
    for (JsonNode entry : filing.path("timeline")) {
      if (entry.path("automated").asBoolean()) {
        decision = entry.path("decisionId").asString();
      }
    }
    assertThat(decision).as("an automated decision of " + mark).isNotNull();
    return new Case(
        id,
        filing.path("documents").get(0).path("id").asString(),
        filing.path("notices").get(0).path("id").asString(),
        decision);
  }

  private String file(String user, Map<String, Object> request) {
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of(user), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json().path("id").asString();
  }

  private static Map<String, Object> design(String locarnoClass) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("ipRight", "DESIGN");
    request.put("languageOfProceedings", "en");
    request.put(
        "applicant",
        Map.of("name", "Helvetia Watches AG", "country", "CH", "address", "Rue du Rhône 1"));
    request.put(
        "designs",
        List.of(Map.of("productIndication", "Wrist watch", "locarnoClass", locarnoClass)));
    request.put(
        "documents",
        List.of(
            Map.of(
                "kind", "DESIGN_REPRESENTATION",
                "fileName", "view.png",
                "mediaType", "image/png",
                "content", Base64.getEncoder().encodeToString(Filings.PNG))));
    request.put("payment", Filings.payment(Filings.dueToday("DESIGN", "LEGAL_ENTITY", 1)));
    return request;
  }

  private List<String> openTasks(String examiner) {
    List<String> ids = new ArrayList<>();
    api.get("/api/v1/tasks", Tokens.of(examiner))
        .json()
        .forEach(t -> ids.add(t.path("id").asString()));
    return ids;
  }

  private String awaitTask(String filingId, String examiner) {
    String[] found = new String[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              for (JsonNode task :
                  api.get("/api/v1/tasks?filingId=" + filingId, Tokens.of(examiner)).json()) {
                found[0] = task.path("id").asString();
                return true;
              }
              return false;
            });
    return found[0];
  }

  private JsonNode awaitFiling(String id, String user, Predicate<JsonNode> condition) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              last[0] = api.get("/api/v1/filings/" + id, Tokens.of(user)).json();
              return condition.test(last[0]);
            });
    return last[0];
  }
}
