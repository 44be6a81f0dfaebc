package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.design.DesignRegistrability;
import org.springframework.stereotype.Component;

/** Task {@code CheckDesignRegistrability}: registrable as to form, or a doubt for an examiner? */
@Component("checkDesignRegistrability")
class CheckDesignRegistrability extends DecisionTask {

  private final DesignRegistrability registrability = new DesignRegistrability();
  private final FilingService filings;
  private final Applications applications;

  CheckDesignRegistrability(
      DecisionLedger ledger, OfficeClock clock, FilingService filings, Applications applications) {
    super(ledger, clock);
    this.filings = filings;
    this.applications = applications;
  }

  @Override
  String decisionType() {
    return DesignRegistrability.TYPE;
  }

  @Override
  String workerName() {
    return "check-design-registrability";
  }

  @Override
  Decision decide(TaskContext task) {
    Application application = applications.of(filings.get(task.filingId()));
    return registrability.decide(application.designs(), application.designRepresentations());
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.REGISTRABILITY_OUTCOME, decision.outcome());
    if (decision.outcome().equals(DesignRegistrability.REGISTRABLE)) {
      task.setVariable(FilingProcess.Variables.EXAMINATION_OUTCOME, FilingProcess.Outcomes.ACCEPT);
    }
  }
}
