package org.ipflow.platform.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.fees.ApplicationFeeInput;
import org.ipflow.workers.fees.ApplicationFees;
import org.springframework.stereotype.Component;

/**
 * Task {@code CalculateFee}: the fee due under the right's schedule in force on the filing date.
 */
@Component("calculateFee")
class CalculateFee extends DecisionTask {

  /** Distinct fee inputs remembered; far more than one office day's right, category and units. */
  static final int REMEMBERED = 1024;

  private final ApplicationFees fees = new ApplicationFees();
  private final FilingService filings;

  /**
   * The fee decision is a function of its input and of the tables loaded with {@link #fees}, so an
   * input decided before gets the very same decision. Evaluating the DMN tables (FEEL parses every
   * input entry on each evaluation) was the largest share of CPU on the automated path.
   */
  private final Map<ApplicationFeeInput, Decision> decided = new ConcurrentHashMap<>();

  CalculateFee(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
  }

  @Override
  String decisionType() {
    return ApplicationFees.TYPE;
  }

  @Override
  String workerName() {
    return "calculate-fee";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    return decide(
        new ApplicationFeeInput(
            filing.ipRight().name(),
            filing.filingDate(),
            filing.applicant().feeCategory(),
            units(filing)));
  }

  Decision decide(ApplicationFeeInput input) {
    Decision decision = decided.get(input);
    if (decision == null) {
      decision = fees.decide(input);
      if (decided.size() >= REMEMBERED) {
        decided.clear(); // dates move on: yesterday's inputs are not asked again
      }
      decided.put(input, decision);
    }
    return decision;
  }

  /** What the fee counts: classes for marks, designs for designs, claims for inventions. */
  static int units(Filing filing) {
    return filing.content().feeUnits(filing.ipRight());
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    String amount = (String) decision.outputs().get("amount");
    String currency = (String) decision.outputs().get("currency");
    task.setVariable(FilingProcess.Variables.FEE_AMOUNT, amount + " " + currency);
    filings.recordFee(task.filingId(), new BigDecimal(amount), currency);
  }
}
