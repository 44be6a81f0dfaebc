package org.ipflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.TimelineEntry;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.search.RegisterSearch;
import org.ipflow.platform.search.SearchHit;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.workers.examination.AutomatedAcceptance;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With the office's automated acceptance on: a mark whose every check is green needs no examiner.
 */
@PlatformTest
@TestPropertySource(properties = "ipflow.examination.automated-acceptance=true")
class AutomatedAcceptanceIT {

  @Autowired FilingService filings;
  @Autowired DecisionLedger ledger;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired RegisterSearch register;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void markWhoseEveryCheckIsGreenIsAcceptedWithoutAnExaminerAndPublished() {
    FilingReceipt receipt = filings.submit(Filings.paidWatchMark("ZORBIQUE"), "alice-id");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> filings.get(receipt.id()).status() == FilingStatus.PUBLISHED);
    assertThat(passed(receipt))
        .contains(Activities.TRADEMARK_ACCEPTED_AUTOMATICALLY)
        .doesNotContain(Activities.EXAMINE_TRADEMARK);
    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.decisionType().equals(AutomatedAcceptance.TYPE))
        .singleElement()
        .satisfies(
            e -> assertThat(e.outcome()).isEqualTo(AutomatedAcceptance.ACCEPT_AUTOMATICALLY));
  }

  @Test
  void markWithAFindingGoesToAnExaminerWhoSeesWhy() {
    FilingReceipt receipt = filings.submit(Filings.paidWatchMark("ZORBIQUE PREMIUM"), "alice-id");

    Filings.awaitTask(tasks, receipt, Activities.EXAMINE_TRADEMARK);
    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.decisionType().equals(AutomatedAcceptance.TYPE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(AutomatedAcceptance.EXAMINER_REQUIRED);
              assertThat(e.reasons()).extracting("code").contains("AA-absolute-grounds-prescreen");
            });
  }

  @Test
  void
      markLikeAnEarlierPublishedMarkIsAcceptedAndTheEarlierHolderNotifiedWhereTheOfficeOnlyNotifies() {
    FilingReceipt earlier = filings.submit(Filings.paidWatchMark("VELORIXAN"), "alice-id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> filings.get(earlier.id()).status() == FilingStatus.PUBLISHED);

    assertThat(register.search("VELORIXAN", Set.of(14), null, 10))
        .as("published, the earlier mark is in the searched register")
        .extracting(SearchHit::applicationNumber)
        .contains(earlier.applicationNumber().value());
    // Filed the next day: a mark filed the same day would be no earlier right.
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));

    FilingReceipt later = filings.submit(Filings.paidWatchMark("VELLORIXAN"), "bob-id");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> filings.get(later.id()).status() == FilingStatus.PUBLISHED);
    assertThat(ledger.forFiling(later.id()))
        .filteredOn(e -> e.decisionType().equals(RelativeGroundsDecision.TYPE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(RelativeGroundsDecision.NOTIFY_EARLIER_RIGHTS);
              assertThat(e.outputs().get("hits").toString())
                  .contains(earlier.applicationNumber().value());
            });
    assertThat(filings.timeline(later.id()))
        .extracting(TimelineEntry::name)
        .contains("EARLIER_RIGHTS_NOTIFIED");
  }

  private List<String> passed(FilingReceipt receipt) {
    List<String> ids = new java.util.ArrayList<>();
    history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(receipt.applicationNumber().value())
        .list()
        .forEach(
            p ->
                history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(p.getId())
                    .list()
                    .forEach(a -> ids.add(a.getActivityId())));
    return ids;
  }
}
