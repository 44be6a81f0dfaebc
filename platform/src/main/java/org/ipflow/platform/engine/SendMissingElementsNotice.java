package org.ipflow.platform.engine;

import java.time.Period;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.workers.filingdate.FilingDateRequirements;
import org.springframework.stereotype.Component;

/** Task {@code SendMissingElementsNotice}: what the filing date still needs, and until when. */
@Component("sendMissingElementsNotice")
class SendMissingElementsNotice extends NoticeTask {

  private final ProcedureProperties procedure;

  SendMissingElementsNotice(
      FilingService filings, DecisionLedger ledger, ProcedureProperties procedure) {
    super(filings, ledger);
    this.procedure = procedure;
  }

  @Override
  String kind() {
    return "MISSING_ELEMENTS";
  }

  @Override
  String decisionType() {
    return FilingDateRequirements.TYPE;
  }

  @Override
  Period period() {
    return procedure.missingElementsTimeLimit();
  }

  @Override
  FilingStatus awaitingStatus() {
    return FilingStatus.AWAITING_MISSING_ELEMENTS;
  }

  @Override
  String workerName() {
    return "send-missing-elements-notice";
  }
}
