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

/** Task {@code InviteOpponentReply}: the opponent may reply to what the applicant said. */
@Component("inviteOpponentReply")
class InviteOpponentReply extends OperatonTask {

  private final FilingService filings;
  private final OppositionService oppositions;
  private final OppositionProperties properties;

  InviteOpponentReply(
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
            "OPPOSITION_REPLY",
            List.of(
                new Reason(
                    "OPP-REPLY",
                    "The opponent may reply to the applicant's observations, if any.")),
            properties.replyTimeLimit(),
            null,
            "invite-opponent-reply",
            "OPPONENT",
            id);
    oppositions.changeStatus(id, "AWAITING_OPPONENT");
    task.setVariable(
        FilingProcess.Variables.TIME_LIMIT_EXPIRES, Date.from(notice.timeLimitPasses()));
  }
}
