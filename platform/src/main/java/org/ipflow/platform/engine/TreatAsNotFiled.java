package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.filingdate.FilingDateNotAccorded;
import org.springframework.stereotype.Component;

/** Task {@code TreatAsNotFiled}: the filing-date elements never arrived. */
@Component("treatAsNotFiled")
class TreatAsNotFiled extends DecisionTask {

  private final FilingDateNotAccorded rule = new FilingDateNotAccorded();
  private final FilingService filings;
  private final OfficeClock clock;

  TreatAsNotFiled(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
    this.clock = clock;
  }

  @Override
  String decisionType() {
    return FilingDateNotAccorded.TYPE;
  }

  @Override
  String workerName() {
    return "treat-as-not-filed";
  }

  @Override
  Decision decide(TaskContext task) {
    return rule.decide(TimeLimitExpiry.lastDay(task, clock), clock.today());
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    if (!decision.outcome().equals(FilingDateNotAccorded.NOT_FILED)) {
      // Never end an application early: leave an incident for a person to look at.
      throw new IllegalStateException("not-filed decision refused: " + decision.reasons());
    }
    filings.changeStatus(
        task.filingId(), FilingStatus.NOT_FILED, decision.reasons().get(0).text(), workerName());
  }
}
