package org.ipflow.platform.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen;
import org.ipflow.workers.classification.ClassificationCheck;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.examination.AutomatedAcceptance;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.springframework.stereotype.Component;

/**
 * Task {@code DecideOnAutomatedAcceptance}: accepted without an examiner only when the office
 * allows it and every automated check of the mark is green.
 */
@Component("decideOnAutomatedAcceptance")
class DecideOnAutomatedAcceptance extends DecisionTask {

  /**
   * Green outcomes. Earlier marks that the office only notifies (it does not refuse on relative
   * grounds of its own motion) leave the acceptance to the oppositions of their holders.
   */
  private static final List<String> GREEN =
      List.of(
          AbsoluteGroundsPrescreen.CLEAR,
          ClassificationCheck.CONFIRMED,
          RelativeGroundsDecision.CLEAR,
          RelativeGroundsDecision.NOTIFY_EARLIER_RIGHTS);

  private final AutomatedAcceptance rule = new AutomatedAcceptance();
  private final DecisionLedger ledger;
  private final ClassificationProperties properties;

  DecideOnAutomatedAcceptance(
      DecisionLedger ledger, OfficeClock clock, ClassificationProperties properties) {
    super(ledger, clock);
    this.ledger = ledger;
    this.properties = properties;
  }

  @Override
  String decisionType() {
    return AutomatedAcceptance.TYPE;
  }

  @Override
  String workerName() {
    return "decide-on-automated-acceptance";
  }

  @Override
  Decision decide(TaskContext task) {
    List<String> types =
        List.of(
            AbsoluteGroundsPrescreen.TYPE, RelativeGroundsDecision.TYPE, ClassificationCheck.TYPE);
    // One read of the rows these checks wrote, oldest first: the latest of each type counts.
    Map<String, String> latest = new LinkedHashMap<>();
    for (LedgerEntry entry : ledger.forFiling(task.filingId(), types)) {
      latest.put(entry.decisionType(), entry.outcome());
    }
    Map<String, String> checks = new LinkedHashMap<>();
    for (String type : types) {
      checks.put(type, latest.getOrDefault(type, "NOT_RUN"));
    }
    return rule.decide(properties.automatedAcceptance(), checks, GREEN);
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.AUTOMATED_ACCEPTANCE, decision.outcome());
    if (decision.outcome().equals(AutomatedAcceptance.ACCEPT_AUTOMATICALLY)) {
      task.setVariable(FilingProcess.Variables.EXAMINATION_OUTCOME, FilingProcess.Outcomes.ACCEPT);
    }
  }
}
