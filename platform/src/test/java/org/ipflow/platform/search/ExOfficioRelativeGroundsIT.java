package org.ipflow.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.examination.AutomatedAcceptance;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.ipflow.workers.relativegrounds.RelativeGroundsPolicy;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An office that examines relative grounds of its own motion: the same hit that another office only
 * notifies ({@link RelativeGroundsSearchIT}) is put to the examiner as a suggested objection. A
 * context of its own, hence a database of its own.
 */
@PlatformTest
@TestPropertySource(
    properties = {
      "ipflow.search.relative-grounds=EX_OFFICIO",
      "ipflow.examination.automated-acceptance=true"
    })
class ExOfficioRelativeGroundsIT {

  @Autowired RegisterSearch search;
  @Autowired FilingService filings;
  @Autowired DecisionLedger ledger;
  @Autowired TaskService tasks;

  @Test
  void markLikeARegisteredMarkGoesToTheExaminerWithTheSuggestedObjection() {
    search.index(
        new IndexedMark(
            UUID.randomUUID(),
            "302019000000888",
            "R-888",
            "QUANTELLO",
            Set.of(14),
            RegisterStatus.REGISTERED,
            "Earlier holder",
            LocalDate.of(2019, 4, 1)));

    FilingReceipt receipt = filings.submit(Filings.paidWatchMark("KWANTELLO"), "alice-id");

    Filings.awaitTask(tasks, receipt, Activities.EXAMINE_TRADEMARK);
    List<LedgerEntry> decisions = ledger.forFiling(receipt.id());
    assertThat(decisions)
        .filteredOn(e -> e.decisionType().equals(RelativeGroundsDecision.TYPE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(RelativeGroundsDecision.OBJECTION_SUGGESTED);
              assertThat(e.outputs().get("hits").toString()).contains("R-888");
            });
    assertThat(decisions)
        .filteredOn(e -> e.decisionType().equals(AutomatedAcceptance.TYPE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(AutomatedAcceptance.EXAMINER_REQUIRED);
              assertThat(e.reasons())
                  .extracting(Reason::code)
                  .contains("AA-" + RelativeGroundsDecision.TYPE);
            });
  }

  @Test
  void anEarlierMarkFoundIsASuggestedObjectionWhereTheOfficeExaminesExOfficio() {
    UUID earlier = UUID.randomUUID();
    search.index(
        new IndexedMark(
            earlier,
            "302019000000777",
            "R-777",
            "GLIMMERAX",
            Set.of(32),
            RegisterStatus.REGISTERED,
            "Earlier holder",
            LocalDate.of(2019, 4, 1)));

    Decision decision =
        search.decideRelativeGrounds(
            UUID.randomUUID(), "GLIMMERAKS", Set.of(32), LocalDate.of(2026, 6, 1));

    assertThat(search.settings().relativeGrounds()).isEqualTo(RelativeGroundsPolicy.EX_OFFICIO);
    assertThat(decision.outcome()).isEqualTo(RelativeGroundsDecision.OBJECTION_SUGGESTED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("RG01", "RG10");
    assertThat(decision.inputs()).containsEntry("policy", "EX_OFFICIO");
  }

  @Test
  void withoutAnEarlierMarkTheSearchIsClearWhateverTheSetting() {
    Decision decision =
        search.decideRelativeGrounds(
            UUID.randomUUID(), "WUXTOPHRAMEL BLENDIQ", Set.of(32), LocalDate.of(2026, 6, 1));

    assertThat(decision.outcome()).isEqualTo(RelativeGroundsDecision.CLEAR);
  }
}
