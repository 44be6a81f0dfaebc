package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.filingdate.FilingDateRequirements;
import org.springframework.stereotype.Component;

/** Task {@code CheckFilingDateRequirements}: does the application get a filing date? */
@Component("checkFilingDateRequirements")
class CheckFilingDateRequirements extends DecisionTask {

  private final FilingDateRequirements requirements = new FilingDateRequirements();
  private final FilingService filings;
  private final Applications applications;

  CheckFilingDateRequirements(
      DecisionLedger ledger, OfficeClock clock, FilingService filings, Applications applications) {
    super(ledger, clock);
    this.filings = filings;
    this.applications = applications;
  }

  @Override
  String decisionType() {
    return FilingDateRequirements.TYPE;
  }

  @Override
  String workerName() {
    return "check-filing-date-requirements";
  }

  @Override
  Decision decide(TaskContext task) {
    return requirements.decide(applications.of(filings.get(task.filingId())));
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.FILING_DATE_OUTCOME, decision.outcome());
  }
}
