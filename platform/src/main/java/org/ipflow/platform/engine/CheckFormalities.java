package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.formalities.TrademarkFormalities;
import org.ipflow.workers.formalities.TrademarkFormalitiesInput;
import org.springframework.stereotype.Component;

/** Task {@code CheckFormalities}: are the filing requirements of a trade mark met? */
@Component("checkFormalities")
class CheckFormalities extends DecisionTask {

  private final TrademarkFormalities formalities = new TrademarkFormalities();
  private final FilingService filings;

  CheckFormalities(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
  }

  @Override
  String decisionType() {
    return TrademarkFormalities.TYPE;
  }

  @Override
  String workerName() {
    return "check-formalities";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    return formalities.decide(
        new TrademarkFormalitiesInput(
            filing.applicant().name(),
            filing.applicant().country(),
            filing.mark().text(),
            filings.hasMarkImage(filing.id()),
            filing.goodsAndServices().stream()
                .map(c -> new TrademarkFormalitiesInput.ClassTerms(c.niceClass(), c.terms()))
                .toList()));
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.FORMALITIES_OUTCOME, decision.outcome());
  }
}
