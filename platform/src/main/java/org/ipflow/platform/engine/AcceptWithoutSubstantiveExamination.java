package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.examination.UtilityModelExamination;
import org.springframework.stereotype.Component;

/**
 * Task {@code AcceptWithoutSubstantiveExamination}: a utility model's formalities were its test.
 */
@Component("acceptWithoutSubstantiveExamination")
class AcceptWithoutSubstantiveExamination extends DecisionTask {

  private final UtilityModelExamination examination = new UtilityModelExamination();
  private final FilingService filings;

  AcceptWithoutSubstantiveExamination(
      DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
  }

  @Override
  String decisionType() {
    return UtilityModelExamination.TYPE;
  }

  @Override
  String workerName() {
    return "accept-without-substantive-examination";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    // The process reaches this task only after the formalities and the fee gateways let it through.
    return examination.decide(filing.applicationNumber().value(), true, true);
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.EXAMINATION_OUTCOME, decision.outcome());
  }
}
