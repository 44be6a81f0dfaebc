package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.opposition.Opposition;
import org.ipflow.platform.opposition.OppositionPeriods;
import org.ipflow.platform.opposition.OppositionProperties;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.opposition.OppositionAdmissibility;
import org.ipflow.workers.opposition.OppositionInput;
import org.springframework.stereotype.Component;

/** Task {@code CheckOppositionAdmissibility}: in time, paid, an earlier right, grounds? */
@Component("checkOppositionAdmissibility")
class CheckOppositionAdmissibility extends DecisionTask {

  private final OppositionAdmissibility rule = new OppositionAdmissibility();
  private final OppositionService oppositions;
  private final OppositionPeriods periods;
  private final OppositionProperties properties;
  private final FilingService filings;
  private final OfficeClock clock;

  CheckOppositionAdmissibility(
      DecisionLedger ledger,
      OfficeClock clock,
      OppositionService oppositions,
      OppositionPeriods periods,
      OppositionProperties properties,
      FilingService filings) {
    super(ledger, clock);
    this.oppositions = oppositions;
    this.periods = periods;
    this.properties = properties;
    this.filings = filings;
    this.clock = clock;
  }

  @Override
  String decisionType() {
    return OppositionAdmissibility.TYPE;
  }

  @Override
  String workerName() {
    return "check-opposition-admissibility";
  }

  @Override
  Decision decide(TaskContext task) {
    Opposition opposition = oppositions.get(OppositionTasks.oppositionId(task));
    Filing mark = filings.get(opposition.filingId());
    long paid =
        properties.currency().equals(opposition.currency())
            ? opposition.paidAmount().movePointRight(2).longValueExact()
            : 0;
    return rule.decide(
        new OppositionInput(
            clock.dateAt(opposition.filedAt()),
            periods.trademarkPeriod(filings.publishedAt(mark.id()).orElseThrow()).lastDay(),
            properties.fee().movePointRight(2).longValueExact(),
            paid,
            opposition.earlierRight(),
            inRegister(opposition.earlierRight()),
            opposition.grounds()));
  }

  /**
   * A number of this office's register must be a right in force there; others are shown by
   * evidence.
   */
  private Boolean inRegister(String earlierRight) {
    if (earlierRight == null || !earlierRight.matches("\\d{8}")) {
      return null;
    }
    return filings.findRegistered(earlierRight).isPresent();
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.ADMISSIBILITY_OUTCOME, decision.outcome());
    oppositions.changeStatus(OppositionTasks.oppositionId(task), decision.outcome());
  }
}
