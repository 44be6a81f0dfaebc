package org.ipflow.platform.engine;

import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Reason;

/**
 * A task that notifies the applicant of what a decision found and sets a time limit; the process
 * then waits for the answer or for the day after the time limit's last day.
 */
abstract class NoticeTask extends OperatonTask {

  private final FilingService filings;
  private final DecisionLedger ledger;

  NoticeTask(FilingService filings, DecisionLedger ledger) {
    this.filings = filings;
    this.ledger = ledger;
  }

  /** The kind of notice, e.g. {@code DEFICIENCIES}. */
  abstract String kind();

  /** The decision whose findings the notice tells. */
  abstract String decisionType();

  abstract Period period();

  abstract FilingStatus awaitingStatus();

  abstract String workerName();

  /**
   * What the notice tells: by default the reasons of the latest decision of {@link #decisionType}.
   */
  List<Reason> findings(TaskContext task) {
    return latest(task, e -> e.decisionType().equals(decisionType())).reasons();
  }

  LedgerEntry latest(TaskContext task, Predicate<LedgerEntry> which) {
    return ledger.forFiling(task.filingId()).stream()
        .filter(which)
        .reduce((first, second) -> second)
        .orElseThrow(
            () -> new IllegalStateException("no decision to notify in a " + kind() + " notice"));
  }

  @Override
  final void handle(TaskContext task) {
    Notice notice =
        filings.sendNotice(
            task.filingId(), kind(), findings(task), period(), awaitingStatus(), workerName());
    task.setVariable(
        FilingProcess.Variables.TIME_LIMIT_EXPIRES, Date.from(notice.timeLimitPasses()));
  }
}
