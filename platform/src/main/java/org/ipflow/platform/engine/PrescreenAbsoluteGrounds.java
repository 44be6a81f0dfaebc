package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen;
import org.ipflow.workers.absolutegrounds.PrescreenInput;
import org.ipflow.workers.decision.Decision;
import org.springframework.stereotype.Component;

/**
 * Task {@code PrescreenAbsoluteGrounds}: descriptive, generic, forbidden terms in every configured
 * language. Advisory: it never refuses; its findings decide whether an examiner looks.
 */
@Component("prescreenAbsoluteGrounds")
class PrescreenAbsoluteGrounds extends DecisionTask {

  private static final AbsoluteGroundsPrescreen PRESCREEN = new AbsoluteGroundsPrescreen();
  private final FilingService filings;

  PrescreenAbsoluteGrounds(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
  }

  @Override
  String decisionType() {
    return AbsoluteGroundsPrescreen.TYPE;
  }

  @Override
  String workerName() {
    return "prescreen-absolute-grounds";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    return PRESCREEN.decide(
        new PrescreenInput(
            filing.mark().text(),
            java.util.List.of(),
            filing.goodsAndServices().stream().map(Filing.ClassTerms::niceClass).toList()));
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    // The outcome is read by the automated-acceptance decision from the ledger.
  }
}
