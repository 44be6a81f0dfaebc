package org.ipflow.platform.engine;

import java.time.Period;
import java.util.List;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Reason;
import org.springframework.stereotype.Component;

/**
 * Task {@code SendObjection}: the right to be heard. The examiner's objection, with its grounds,
 * goes to the applicant with a time limit for observations before any refusal can be drafted.
 */
@Component("sendObjection")
class SendObjection extends NoticeTask {

  private final ProcedureProperties procedure;

  SendObjection(FilingService filings, DecisionLedger ledger, ProcedureProperties procedure) {
    super(filings, ledger);
    this.procedure = procedure;
  }

  @Override
  String kind() {
    return "OBJECTION";
  }

  @Override
  String decisionType() {
    return "examination";
  }

  @Override
  List<Reason> findings(TaskContext task) {
    return latest(task, e -> e.outcome().equals(FilingProcess.Outcomes.OBJECT)).reasons();
  }

  @Override
  Period period() {
    return procedure.objectionTimeLimit();
  }

  @Override
  FilingStatus awaitingStatus() {
    return FilingStatus.AWAITING_OBSERVATIONS;
  }

  @Override
  String workerName() {
    return "send-objection";
  }
}
