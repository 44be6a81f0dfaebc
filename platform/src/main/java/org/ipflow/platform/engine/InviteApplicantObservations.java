package org.ipflow.platform.engine;

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
import org.springframework.stereotype.Component;

/**
 * Task {@code InviteApplicantObservations}: the applicant hears of the opposition and may answer.
 */
@Component("inviteApplicantObservations")
class InviteApplicantObservations extends OperatonTask {

  private final FilingService filings;
  private final OppositionService oppositions;
  private final OppositionProperties properties;

  InviteApplicantObservations(
      FilingService filings, OppositionService oppositions, OppositionProperties properties) {
    this.filings = filings;
    this.oppositions = oppositions;
    this.properties = properties;
  }

  @Override
  void handle(TaskContext task) {
    UUID id = OppositionTasks.oppositionId(task);
    Opposition opposition = oppositions.get(id);
    Notice notice =
        filings.sendNotice(
            opposition.filingId(),
            "OPPOSITION_OBSERVATIONS",
            List.of(
                new Reason(
                    "OPP-GROUNDS",
                    opposition.opponentName()
                        + " opposes on the basis of "
                        + opposition.earlierRight()
                        + ": "
                        + opposition.grounds())),
            properties.observationsTimeLimit(),
            null,
            "invite-applicant-observations",
            "APPLICANT",
            id);
    oppositions.changeStatus(id, "AWAITING_APPLICANT");
    task.setVariable(
        FilingProcess.Variables.TIME_LIMIT_EXPIRES, Date.from(notice.timeLimitPasses()));
  }
}
