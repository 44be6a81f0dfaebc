package org.ipflow.platform.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Activities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The applicant contests an automated decision; a senior examiner reviews it while the time limits
 * that depend on it stand still. Through the API, on the real engine, PostgreSQL and Keycloak.
 */
@PlatformTest
class ContestScenarioIT {

  private static final ZoneId OFFICE = ZoneId.of("Europe/Zurich");

  @LocalServerPort int port;
  @Autowired FilingService filings;
  @Autowired DecisionLedger ledger;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void upheldContestOfFormalitiesResumesTheFilingAfterTheContestedStep() {
    String id = fileDeficientMark("UPHELD CONTEST");
    JsonNode formalities = automatedDecision(id, "formalities");
    assertThat(formalities.path("outcome").asString()).isEqualTo("DEFICIENT");

    Api.Response contested = contest(id, formalities, "XQ is the code our country uses.");
    assertThat(contested.status()).as(contested.toString()).isEqualTo(201);
    assertThat(contested.json().path("status").asString()).isEqualTo("UNDER_REVIEW");
    assertThat(timeLimitTimers(id)).allSatisfy(job -> assertThat(job.isSuspended()).isTrue());

    String review = awaitTask(id, Activities.REVIEW_CONTESTED_DECISION, "sam");
    Api.Response decided = upholdAsComplete(review);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    awaitTask(id, Activities.EXAMINE_TRADEMARK, "erin");
    assertThat(timeLimitTimers(id)).as("the deficiency time limit no longer runs").isEmpty();
    JsonNode notice =
        api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("notices").get(0);
    assertThat(notice.path("answered").asBoolean()).isFalse();
    assertThat(notice.path("closed").asBoolean())
        .as("the deficiency notice no longer runs against the applicant")
        .isTrue();
    assertThat(notice.path("closedReason").asString()).contains("contest upheld");
    LedgerEntry contestedRow = ledger.get(uuid(formalities.path("decisionId"))).orElseThrow();
    assertThat(ledger.forFiling(UUID.fromString(id)))
        .filteredOn(e -> contestedRow.id().equals(e.reviewsDecisionId()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.decisionType()).isEqualTo("contest-review");
              assertThat(row.outcome()).isEqualTo("UPHELD");
              assertThat(row.actor().id()).isEqualTo("sam");
              assertThat(row.outputs()).containsEntry("correctedOutcome", "COMPLETE");
            });
    JsonNode contest = api.get("/api/v1/filings/" + id + "/contests", Tokens.of("alice")).json();
    assertThat(contest.get(0).path("status").asString()).isEqualTo("UPHELD");
    assertThat(contest.get(0).path("correctedOutcome").asString()).isEqualTo("COMPLETE");
    assertThat(timelineNames(id))
        .containsSubsequence(
            "DECISION_CONTESTED", "contest-review", "NOTICES_CLOSED", "PROCEDURE_RESUMED");
  }

  @Test
  void upheldContestAfterTheDeemedWithdrawalStartsTheEndedProcedureAgain() {
    String id = fileDeficientMark("WITHDRAWN CONTEST");
    JsonNode formalities = automatedDecision(id, "formalities");
    String number = filings.get(UUID.fromString(id)).applicationNumber().value();
    // Nobody answers: the day after the time limit the application is deemed withdrawn and the
    // filing's procedure ends.
    Date due = timeLimitTimers(id).get(0).getDuedate();
    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofHours(1))));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> filings.get(UUID.fromString(id)).status().name().equals("WITHDRAWN"));
    await().atMost(Duration.ofSeconds(30)).until(() -> runningFilingProcesses(number) == 0);

    Api.Response contested = contest(id, formalities, "XQ is the code our country uses.");
    assertThat(contested.status()).as(contested.toString()).isEqualTo(201);
    String review = awaitTask(id, Activities.REVIEW_CONTESTED_DECISION, "sam");
    Api.Response decided = upholdAsComplete(review);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    // The procedure starts again after the formalities check, as if it had found them complete.
    awaitTask(id, Activities.EXAMINE_TRADEMARK, "erin");
    assertThat(runningFilingProcesses(number)).isEqualTo(1);
    assertThat(filings.get(UUID.fromString(id)).status().name()).isNotEqualTo("WITHDRAWN");
    assertThat(timelineNames(id))
        .containsSubsequence(
            "deemed-withdrawal", "DECISION_CONTESTED", "contest-review", "PROCEDURE_RESUMED");
  }

  private long runningFilingProcesses(String applicationNumber) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(FilingProcess.PROCESS_KEY)
        .processInstanceBusinessKey(applicationNumber)
        .count();
  }

  @Test
  void dismissedContestExtendsTheTimeLimitByTheDaysItStoodStill() {
    String id = fileDeficientMark("DISMISSED CONTEST");
    JsonNode formalities = automatedDecision(id, "formalities");
    Notice before = lastNotice(id);
    Date dueBefore = timeLimitTimers(id).get(0).getDuedate();

    Instant contestedAt = ClockUtil.getCurrentTime().toInstant();
    assertThat(contest(id, formalities, "The country code is right.").status()).isEqualTo(201);
    // Three days later the senior examiner dismisses the contest: the time limit stood still on
    // the day of the contest, the two days between and the day of the review.
    ClockUtil.setCurrentTime(Date.from(contestedAt.plus(Duration.ofDays(3))));
    assertThat(management.createJobQuery().timers().executable().list())
        .as("no time limit of this filing expires while it stands still")
        .noneMatch(job -> job.getId().equals(timeLimitTimers(id).get(0).getId()));
    String review = awaitTask(id, Activities.REVIEW_CONTESTED_DECISION, "sam");
    Api.Response decided =
        api.postJson(
            "/api/v1/tasks/" + review + "/decision",
            Tokens.of("sam"),
            "{\"outcome\":\"DISMISSED\",\"reason\":\"XQ is no country code (ISO 3166).\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> timeLimitTimers(id).stream().noneMatch(Job::isSuspended));
    Job timer = timeLimitTimers(id).get(0);
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(dueBefore.toInstant().atZone(OFFICE).plusDays(4).toInstant());
    Notice after = lastNotice(id);
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.timeLimitLastDay()).isEqualTo(before.timeLimitLastDay().plusDays(4));
    assertThat(after.timeLimitPasses()).isEqualTo(timer.getDuedate().toInstant());
    assertThat(filings.get(UUID.fromString(id)).status().name())
        .isEqualTo("AWAITING_DEFICIENCY_RESPONSE");
    assertThat(timelineNames(id))
        .containsSubsequence(
            "DECISION_CONTESTED", "contest-review", "TIME_LIMITS_EXTENDED", "CONTEST_DISMISSED");
  }

  @Test
  void onlyTheApplicantContestsAndOnlyAutomatedDecisionsOnce() {
    String id = fileDeficientMark("CONTESTED TWICE");
    JsonNode formalities = automatedDecision(id, "formalities");

    assertThat(contest(id, formalities, "grounds", "bob").status())
        .as("another applicant does not see the filing")
        .isEqualTo(404);
    Api.Response empty = contest(id, formalities, " ");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("type").asString()).endsWith("invalid-contest");
    Api.Response unknown =
        api.postJson(
            "/api/v1/filings/" + id + "/decisions/" + UUID.randomUUID() + "/contest",
            Tokens.of("alice"),
            "{\"grounds\":\"wrong\"}");
    assertThat(unknown.status()).isEqualTo(404);

    assertThat(contest(id, formalities, "first").status()).isEqualTo(201);
    Api.Response again = contest(id, formalities, "second");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("type").asString()).endsWith("decision-under-review");

    String review = awaitTask(id, Activities.REVIEW_CONTESTED_DECISION, "erin");
    Api.Response byExaminer =
        api.postJson(
            "/api/v1/tasks/" + review + "/decision",
            Tokens.of("erin"),
            "{\"outcome\":\"DISMISSED\",\"reason\":\"no\"}");
    assertThat(byExaminer.status()).as("a senior examiner reviews").isEqualTo(403);
    Api.Response upheldWithoutCorrection =
        api.postJson(
            "/api/v1/tasks/" + review + "/decision",
            Tokens.of("sam"),
            "{\"outcome\":\"UPHELD\",\"reason\":\"right\"}");
    assertThat(upheldWithoutCorrection.status()).isEqualTo(400);
    assertThat(contestsOf(id))
        .singleElement()
        .satisfies(c -> assertThat(c.path("status").asString()).isEqualTo("UNDER_REVIEW"));

    Api.Response unknownOutcome =
        api.postJson(
            "/api/v1/tasks/" + review + "/decision",
            Tokens.of("sam"),
            "{\"outcome\":\"UPHELD\",\"correctedOutcome\":\"MAYBE\",\"reason\":\"right\"}");
    assertThat(unknownOutcome.status()).as(unknownOutcome.toString()).isEqualTo(422);
    assertThat(unknownOutcome.json().path("type").asString())
        .endsWith("corrected-outcome-not-applicable");
    assertThat(ledger.forFiling(UUID.fromString(id)))
        .as("nothing of the rejected review is kept")
        .noneMatch(e -> e.decisionType().equals("contest-review"));

    Api.Response dismissed =
        api.postJson(
            "/api/v1/tasks/" + review + "/decision",
            Tokens.of("sam"),
            "{\"outcome\":\"DISMISSED\",\"reason\":\"XQ is no country code.\"}");
    assertThat(dismissed.status()).isEqualTo(200);
    JsonNode review1 =
        timeline(id).stream()
            .filter(e -> e.path("name").asString().equals("contest-review"))
            .findFirst()
            .orElseThrow();
    assertThat(review1.path("automated").asBoolean()).isFalse();
    Api.Response contestReview = contest(id, review1, "the examiner erred");
    assertThat(contestReview.status()).isEqualTo(409);
    assertThat(contestReview.json().path("type").asString()).endsWith("not-an-automated-decision");
  }

  private String fileDeficientMark(String text) {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark(text));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !timeLimitTimers(id).isEmpty() && lastNoticeOrNull(id) != null);
    return id;
  }

  /** The senior examiner upholds the contest: the formalities were complete after all. */
  private Api.Response upholdAsComplete(String review) {
    return api.postJson(
        "/api/v1/tasks/" + review + "/decision",
        Tokens.of("sam"),
        "{\"outcome\":\"UPHELD\",\"correctedOutcome\":\"COMPLETE\","
            + "\"reason\":\"The applicant's country is known under that code.\"}");
  }

  private Api.Response contest(String id, JsonNode decision, String grounds) {
    return contest(id, decision, grounds, "alice");
  }

  private Api.Response contest(String id, JsonNode decision, String grounds, String user) {
    return api.postJson(
        "/api/v1/filings/"
            + id
            + "/decisions/"
            + decision.path("decisionId").asString()
            + "/contest",
        Tokens.of(user),
        java.util.Map.of("grounds", grounds));
  }

  private List<JsonNode> contestsOf(String id) {
    List<JsonNode> all = new ArrayList<>();
    api.get("/api/v1/filings/" + id + "/contests", Tokens.of("alice")).json().forEach(all::add);
    return all;
  }

  private JsonNode automatedDecision(String id, String type) {
    return timeline(id).stream()
        .filter(e -> e.path("type").asString().equals("DECISION"))
        .filter(e -> e.path("name").asString().equals(type))
        .filter(e -> e.path("automated").asBoolean())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no automated " + type + " decision"));
  }

  private List<JsonNode> timeline(String id) {
    List<JsonNode> entries = new ArrayList<>();
    api.get("/api/v1/filings/" + id, Tokens.of("alice"))
        .json()
        .path("timeline")
        .forEach(entries::add);
    return entries;
  }

  private List<String> timelineNames(String id) {
    return timeline(id).stream().map(e -> e.path("name").asString()).toList();
  }

  private Notice lastNotice(String id) {
    Notice notice = lastNoticeOrNull(id);
    assertThat(notice).isNotNull();
    return notice;
  }

  private Notice lastNoticeOrNull(String id) {
    List<Notice> notices = filings.notices(UUID.fromString(id));
    return notices.isEmpty() ? null : notices.get(notices.size() - 1);
  }

  /** The timers of the applicant's time limits in the filing's procedure. */
  private List<Job> timeLimitTimers(String id) {
    String number = filings.get(UUID.fromString(id)).applicationNumber().value();
    List<Job> timers = new ArrayList<>();
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(FilingProcess.PROCESS_KEY)
        .processInstanceBusinessKey(number)
        .list()
        .forEach(
            instance ->
                management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .timers()
                    .list()
                    .stream()
                    .filter(
                        job ->
                            management
                                .createJobDefinitionQuery()
                                .jobDefinitionId(job.getJobDefinitionId())
                                .singleResult()
                                .getActivityId()
                                .endsWith("TimeLimitExpired"))
                    .forEach(timers::add));
    return timers;
  }

  private String awaitTask(String filingId, String activityId, String user) {
    return api.awaitTask(filingId, Tokens.of(user), activityId);
  }

  private static UUID uuid(JsonNode node) {
    return UUID.fromString(node.asString());
  }
}
