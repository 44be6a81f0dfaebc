package org.ipflow.platform.engine;

import java.time.Period;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.workers.formalities.Formalities;
import org.springframework.stereotype.Component;

/** Task {@code SendDeficiencyNotice}: the formal deficiencies to remedy, and until when. */
@Component("sendDeficiencyNotice")
class SendDeficiencyNotice extends NoticeTask {

  private final ProcedureProperties procedure;

  SendDeficiencyNotice(
      FilingService filings, DecisionLedger ledger, ProcedureProperties procedure) {
    super(filings, ledger);
    this.procedure = procedure;
  }

  @Override
  String kind() {
    return "DEFICIENCIES";
  }

  @Override
  String decisionType() {
    return Formalities.TYPE;
  }

  @Override
  Period period() {
    return procedure.deficiencyTimeLimit();
  }

  @Override
  FilingStatus awaitingStatus() {
    return FilingStatus.AWAITING_DEFICIENCY_RESPONSE;
  }

  @Override
  String workerName() {
    return "send-deficiency-notice";
  }
}
