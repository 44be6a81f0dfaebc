package org.ipflow.platform.examination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.TimelineEntry;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.workers.formalities.Formalities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An office that has configured no legal basis for automating the formalities check: the check
 * still decides, but its decision takes effect only once an officer of the right's queue confirms
 * it. A context of its own.
 */
@PlatformTest
@TestPropertySource(properties = "ipflow.decisions.legal-basis.formalities=")
class LegalBasisConfirmationIT {

  @LocalServerPort int port;
  @Autowired FilingService filings;
  @Autowired DecisionLedger ledger;
  @Autowired TaskService tasks;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void decisionWithoutAConfiguredLegalBasisTakesEffectOnlyOnceAnOfficerConfirmsIt() {
    Api.Response filed =
        api.postJson(
            "/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("CONFIRM ME"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    UUID id = UUID.fromString(filed.json().path("id").asString());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                filings.timeline(id).stream()
                    .map(TimelineEntry::name)
                    .anyMatch("AWAITING_CONFIRMATION"::equals));

    LedgerEntry formalities = only(id, Formalities.TYPE);
    assertThat(formalities.awaitsConfirmation()).isTrue();
    assertThat(formalities.legalBasis()).contains("no legal basis for automating it is configured");
    assertThat(only(id, "filing-date-requirements").legalBasis()).contains("automated under:");
    assertThat(only(id, "filing-date-requirements").awaitsConfirmation()).isFalse();
    assertThat(examinerTasks(id)).as("the procedure waits at the unconfirmed decision").isZero();

    assertThat(awaitingIds("erin")).contains(formalities.id().toString());
    assertThat(awaitingIds("dora"))
        .as("another right's queue")
        .doesNotContain(formalities.id().toString());
    assertThat(confirm(formalities, "alice").status()).isEqualTo(403);
    assertThat(confirm(formalities, "dora").status()).isEqualTo(403);

    Api.Response confirmed = confirm(formalities, "erin");

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(60)).until(() -> examinerTasks(id) == 1);
    assertThat(ledger.forFiling(id))
        .filteredOn(e -> formalities.id().equals(e.reviewsDecisionId()))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.decisionType()).isEqualTo(AutomatedDecisionConfirmation.TYPE);
              assertThat(row.actor().id()).isEqualTo("erin");
              assertThat(row.outcome()).isEqualTo("CONFIRMED");
            });
    assertThat(awaitingIds("erin")).doesNotContain(formalities.id().toString());
    Api.Response again = confirm(formalities, "erin");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("type").asString()).endsWith("not-awaiting-confirmation");
    assertThat(
            api.postJson(
                    "/api/v1/decisions/" + UUID.randomUUID() + "/confirmation",
                    Tokens.of("erin"),
                    "{}")
                .status())
        .isEqualTo(404);
  }

  private Api.Response confirm(LedgerEntry decision, String user) {
    return api.postJson(
        "/api/v1/decisions/" + decision.id() + "/confirmation",
        Tokens.of(user),
        "{\"reason\":\"The applicant's documents are complete.\"}");
  }

  private List<String> awaitingIds(String user) {
    List<String> ids = new ArrayList<>();
    for (JsonNode row :
        api.get("/api/v1/decisions/awaiting-confirmation", Tokens.of(user)).json()) {
      ids.add(row.path("id").asString());
    }
    return ids;
  }

  private LedgerEntry only(UUID id, String type) {
    List<LedgerEntry> rows =
        ledger.forFiling(id).stream().filter(e -> e.decisionType().equals(type)).toList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private long examinerTasks(UUID id) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(filings.get(id).applicationNumber().value())
        .taskDefinitionKey(Activities.EXAMINE_TRADEMARK)
        .count();
  }
}
