package org.ipflow.platform.engine;

import java.util.List;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.payment.Payment;
import org.ipflow.workers.payment.PaymentMatching;
import org.springframework.stereotype.Component;

/** Task {@code MatchPayment}: do the payments received cover the fee? */
@Component("matchPayment")
class MatchPayment extends DecisionTask {

  private final PaymentMatching matching = new PaymentMatching();
  private final FilingService filings;
  private final OfficeClock clock;

  MatchPayment(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
    this.clock = clock;
  }

  @Override
  String decisionType() {
    return PaymentMatching.TYPE;
  }

  @Override
  String workerName() {
    return "match-payment";
  }

  @Override
  Decision decide(TaskContext task) {
    // Under the filing's row lock: a payment recorded meanwhile is either seen here or wakes the
    // wait.
    List<Payment> payments =
        filings.lockedPayments(task.filingId()).stream()
            .map(
                p ->
                    new Payment(
                        p.amount().movePointRight(2).longValueExact(),
                        p.currency(),
                        p.reference(),
                        clock.dateAt(p.receivedAt())))
            .toList();
    Filing.Fee fee = filings.get(task.filingId()).fee();
    return matching.decide(
        fee.amount().movePointRight(2).longValueExact(), fee.currency(), payments);
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.PAYMENT_OUTCOME, decision.outcome());
    if (decision.outcome().equals(PaymentMatching.PAID)) {
      filings.changeStatus(
          task.filingId(),
          FilingStatus.UNDER_EXAMINATION,
          "Fee paid; the application is examined.",
          workerName());
    }
  }
}
