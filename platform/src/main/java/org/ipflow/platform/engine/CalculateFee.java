package org.ipflow.platform.engine;

import java.math.BigDecimal;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.fees.FeeInput;
import org.ipflow.workers.fees.TrademarkFees;
import org.springframework.stereotype.Component;

/** Task {@code CalculateFee}: the fee due under the schedule in force on the filing date. */
@Component("calculateFee")
class CalculateFee extends DecisionTask {

  private final TrademarkFees fees = new TrademarkFees();
  private final FilingService filings;

  CalculateFee(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
  }

  @Override
  String decisionType() {
    return TrademarkFees.TYPE;
  }

  @Override
  String workerName() {
    return "calculate-fee";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    return fees.decide(
        new FeeInput(
            filing.ipRight().name(), filing.filingDate(), filing.goodsAndServices().size()));
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    String amount = (String) decision.outputs().get("amount");
    String currency = (String) decision.outputs().get("currency");
    task.setVariable(FilingProcess.Variables.FEE_AMOUNT, amount + " " + currency);
    filings.recordFee(task.filingId(), new BigDecimal(amount), currency);
    filings.changeStatus(
        task.filingId(),
        FilingStatus.AWAITING_EXAMINATION,
        "Formalities complete; fee " + amount + " " + currency + ". Awaiting examination.",
        workerName());
  }
}
