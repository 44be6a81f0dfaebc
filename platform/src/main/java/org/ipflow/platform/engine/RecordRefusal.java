package org.ipflow.platform.engine;

import org.ipflow.platform.examination.ExaminationService;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.springframework.stereotype.Component;

/** Task {@code RecordRefusal}: the application is refused on the examiner's grounds. */
@Component("recordRefusal")
class RecordRefusal extends OperatonTask {

  private final FilingService filings;
  private final DecisionLedger ledger;

  RecordRefusal(FilingService filings, DecisionLedger ledger) {
    this.filings = filings;
    this.ledger = ledger;
  }

  @Override
  void handle(TaskContext task) {
    String grounds =
        ledger.forFiling(task.filingId()).stream()
            .filter(e -> e.decisionType().equals(ExaminationService.DECISION_TYPE))
            .reduce((first, second) -> second)
            .map((LedgerEntry e) -> e.reasons().get(0).text())
            .orElse("see the examiner's decision");
    filings.changeStatus(
        task.filingId(), FilingStatus.REFUSED, "Application refused: " + grounds, "record-refusal");
  }
}
