package org.ipflow.platform.engine;

import java.time.Period;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.opposition.Opposition;
import org.ipflow.platform.opposition.OppositionProperties;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.workers.decision.Reason;
import org.springframework.stereotype.Component;

/** Task {@code InviteOpponentReply}: the opponent may reply to what the applicant said. */
@Component("inviteOpponentReply")
class InviteOpponentReply extends OppositionInvitation {

  InviteOpponentReply(
      FilingService filings, OppositionService oppositions, OppositionProperties properties) {
    super(filings, oppositions, properties);
  }

  @Override
  String kind() {
    return "OPPOSITION_REPLY";
  }

  @Override
  Reason invitation(Opposition opposition) {
    return new Reason(
        "OPP-REPLY", "The opponent may reply to the applicant's observations, if any.");
  }

  @Override
  Period timeLimit() {
    return properties.replyTimeLimit();
  }

  @Override
  String workerName() {
    return "invite-opponent-reply";
  }

  @Override
  String addressee() {
    return "OPPONENT";
  }

  @Override
  String awaitingStatus() {
    return "AWAITING_OPPONENT";
  }
}
