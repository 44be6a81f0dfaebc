package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.timelimits.DeemedWithdrawal;
import org.springframework.stereotype.Component;

/** Task {@code DeemWithdrawn}: the time limit expired without an answer. */
@Component("deemWithdrawn")
class DeemWithdrawn extends DecisionTask {

  private final DeemedWithdrawal rule = new DeemedWithdrawal();
  private final FilingService filings;
  private final OfficeClock clock;

  DeemWithdrawn(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
    this.clock = clock;
  }

  @Override
  String decisionType() {
    return DeemedWithdrawal.TYPE;
  }

  @Override
  String workerName() {
    return "deem-withdrawn";
  }

  @Override
  Decision decide(TaskContext task) {
    // The process is here only because no answer was correlated before the timer fired.
    return rule.decide(TimeLimitExpiry.lastDay(task, clock), clock.today(), false);
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    if (!decision.outcome().equals(DeemedWithdrawal.WITHDRAWN)) {
      // Never withdraw an application early: leave an incident for a person to look at.
      throw new IllegalStateException(
          "deemed withdrawal of " + task.filingId() + " refused: " + decision.reasons());
    }
    filings.changeStatus(
        task.filingId(),
        FilingStatus.WITHDRAWN,
        decision.reasons().get(0).text(),
        "deem-withdrawn");
  }
}
