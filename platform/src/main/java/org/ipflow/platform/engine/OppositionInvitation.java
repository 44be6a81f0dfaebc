package org.ipflow.platform.engine;

import java.time.Period;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.opposition.Opposition;
import org.ipflow.platform.opposition.OppositionProperties;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Reason;

/**
 * A task that invites one party of an opposition to answer: a notice with a time limit, the
 * opposition's status, and the time limit the process then waits for.
 */
abstract class OppositionInvitation extends OperatonTask {

  private final FilingService filings;
  private final OppositionService oppositions;
  final OppositionProperties properties;

  OppositionInvitation(
      FilingService filings, OppositionService oppositions, OppositionProperties properties) {
    this.filings = filings;
    this.oppositions = oppositions;
    this.properties = properties;
  }

  /** The kind of notice, e.g. {@code OPPOSITION_REPLY}. */
  abstract String kind();

  /** What the notice tells the party. */
  abstract Reason invitation(Opposition opposition);

  abstract Period timeLimit();

  abstract String workerName();

  /** {@code APPLICANT} or {@code OPPONENT}. */
  abstract String addressee();

  /** The opposition's status while the party may answer. */
  abstract String awaitingStatus();

  @Override
  final void handle(TaskContext task) {
    UUID id = OppositionTasks.oppositionId(task);
    Opposition opposition = oppositions.get(id);
    Notice notice =
        filings.sendNotice(
            opposition.filingId(),
            kind(),
            List.of(invitation(opposition)),
            timeLimit(),
            null,
            workerName(),
            addressee(),
            id);
    oppositions.changeStatus(id, awaitingStatus());
    task.setVariable(
        FilingProcess.Variables.TIME_LIMIT_EXPIRES, Date.from(notice.timeLimitPasses()));
  }
}
