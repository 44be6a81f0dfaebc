package org.ipflow.platform.engine;

import java.util.Optional;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.Actor;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.ledger.LegalBases;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.workers.decision.Decision;
import org.operaton.bpm.engine.impl.bpmn.behavior.BpmnActivityBehavior;
import org.operaton.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.operaton.bpm.engine.impl.pvm.delegate.SignallableActivityBehavior;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task that takes an automated decision. Idempotent: if the ledger already holds this step's
 * decision (the engine delivered the task again), that decision is applied again instead of
 * deciding anew.
 *
 * <p>A decision type for which the office has configured no legal basis for automation ({@link
 * AutomationProperties}) is decided and recorded, but takes effect only when an officer confirms
 * it: the task then waits, as a wait state of the engine, until the confirmation signals it. That
 * is why this adapter is an activity behaviour (the engine's interface for tasks that wait) rather
 * than a plain delegate.
 */
abstract class DecisionTask extends OperatonTask implements SignallableActivityBehavior {

  private static final BpmnActivityBehavior LEAVE = new BpmnActivityBehavior();

  private final DecisionLedger ledger;
  private final OfficeClock clock;
  private AutomationProperties automation = new AutomationProperties(null);
  private FilingService filings;

  DecisionTask(DecisionLedger ledger, OfficeClock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  @Autowired
  void automation(AutomationProperties automation, FilingService filings) {
    this.automation = automation;
    this.filings = filings;
  }

  /** The decision type this task writes to the ledger. */
  abstract String decisionType();

  /** The name the ledger shows as the deciding actor. */
  abstract String workerName();

  /** Asks the pure worker for its decision. */
  abstract Decision decide(TaskContext task);

  /** Carries the decision into the case: variables, status, timeline. */
  abstract void apply(TaskContext task, LedgerEntry decision);

  @Override
  final void handle(TaskContext task) {
    apply(task, decideOnce(task));
  }

  @Override
  public void execute(ActivityExecution execution) {
    TaskContext task = new ExecutionContext(execution);
    LedgerEntry entry = decideOnce(task);
    if (entry.awaitsConfirmation()) {
      filings.recordEvent(
          task.filingId(),
          "AWAITING_CONFIRMATION",
          "The automated decision "
              + decisionType()
              + " ("
              + entry.outcome()
              + ") takes effect once an officer confirms it: no legal basis for automating it is"
              + " configured.",
          workerName());
      return; // waits for the officer's confirmation
    }
    apply(task, entry);
    LEAVE.performDefaultOutgoingBehavior(execution);
  }

  /** The officer confirmed the decision: it takes effect now. */
  @Override
  public void signal(ActivityExecution execution, String signalName, Object signalData) {
    TaskContext task = new ExecutionContext(execution);
    LedgerEntry entry =
        ledger
            .find(task.step().activityInstanceId(), decisionType())
            .orElseThrow(
                () -> new IllegalStateException("no decision to confirm at " + task.step()));
    apply(task, entry);
    LEAVE.performDefaultOutgoingBehavior(execution);
  }

  /**
   * Decides and records the decision, once per step: a redelivered step decides again (a pure
   * function of what it reads), and the ledger keeps and returns the row it already holds for the
   * step (its unique key), so the first decision is the one carried into the case. Looking the row
   * up first would cost every step a read that almost never finds anything: a step's row and its
   * engine transaction commit together.
   */
  private LedgerEntry decideOnce(TaskContext task) {
    Decision decision = decide(task);
    Optional<String> basis = automation.legalBasisOf(decision.type());
    Decision recorded =
        new Decision(
            decision.type(),
            decision.version(),
            decision.outcome(),
            decision.reasons(),
            decision.inputs(),
            decision.outputs(),
            LegalBases.recorded(decision.legalBasis(), basis));
    return ledger.record(
        task.filingId(),
        recorded,
        Actor.system(workerName()),
        task.step(),
        clock.now(),
        basis.isEmpty());
  }
}
