package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.formalities.Formalities;
import org.ipflow.workers.formalities.OfficeRules;
import org.springframework.stereotype.Component;

/** Task {@code CheckFormalities}: are the formal requirements of the right met? */
@Component("checkFormalities")
class CheckFormalities extends DecisionTask {

  private final Formalities formalities = new Formalities();
  private final FilingService filings;
  private final Applications applications;
  private final OfficeRules rules;

  CheckFormalities(
      DecisionLedger ledger,
      OfficeClock clock,
      FilingService filings,
      Applications applications,
      OfficeProperties office) {
    super(ledger, clock);
    this.filings = filings;
    this.applications = applications;
    this.rules = new OfficeRules(office.territory(), office.languages());
  }

  @Override
  String decisionType() {
    return Formalities.TYPE;
  }

  @Override
  String workerName() {
    return "check-formalities";
  }

  @Override
  Decision decide(TaskContext task) {
    return formalities.decide(applications.of(filings.get(task.filingId())), rules);
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.FORMALITIES_OUTCOME, decision.outcome());
  }
}
