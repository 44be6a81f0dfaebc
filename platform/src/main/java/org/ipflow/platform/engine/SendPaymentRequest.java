package org.ipflow.platform.engine;

import java.time.Period;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.workers.payment.PaymentMatching;
import org.springframework.stereotype.Component;

/** Task {@code SendPaymentRequest}: what remains to pay, and until when. */
@Component("sendPaymentRequest")
class SendPaymentRequest extends NoticeTask {

  private final ProcedureProperties procedure;

  SendPaymentRequest(FilingService filings, DecisionLedger ledger, ProcedureProperties procedure) {
    super(filings, ledger);
    this.procedure = procedure;
  }

  @Override
  String kind() {
    return "PAYMENT_REQUEST";
  }

  @Override
  String decisionType() {
    return PaymentMatching.TYPE;
  }

  @Override
  Period period() {
    return procedure.paymentTimeLimit();
  }

  @Override
  FilingStatus awaitingStatus() {
    return FilingStatus.AWAITING_PAYMENT;
  }

  @Override
  String workerName() {
    return "send-payment-request";
  }
}
