package org.ipflow.platform.engine;

import org.ipflow.platform.ledger.Actor;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.workers.decision.Decision;

/**
 * A task that takes an automated decision. Idempotent: if the ledger already holds this step's
 * decision (the engine delivered the task again), that decision is applied again instead of
 * deciding anew.
 */
abstract class DecisionTask extends OperatonTask {

  private final DecisionLedger ledger;
  private final OfficeClock clock;

  DecisionTask(DecisionLedger ledger, OfficeClock clock) {
    this.ledger = ledger;
    this.clock = clock;
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
    LedgerEntry entry =
        ledger
            .find(task.step().activityInstanceId(), decisionType())
            .orElseGet(
                () ->
                    ledger.record(
                        task.filingId(),
                        decide(task),
                        Actor.system(workerName()),
                        task.step(),
                        clock.now()));
    apply(task, entry);
  }
}
