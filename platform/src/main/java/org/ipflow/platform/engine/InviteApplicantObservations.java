package org.ipflow.platform.engine;

import java.time.Period;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.opposition.Opposition;
import org.ipflow.platform.opposition.OppositionProperties;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.workers.decision.Reason;
import org.springframework.stereotype.Component;

/**
 * Task {@code InviteApplicantObservations}: the applicant hears of the opposition and may answer.
 */
@Component("inviteApplicantObservations")
class InviteApplicantObservations extends OppositionInvitation {

  InviteApplicantObservations(
      FilingService filings, OppositionService oppositions, OppositionProperties properties) {
    super(filings, oppositions, properties);
  }

  @Override
  String kind() {
    return "OPPOSITION_OBSERVATIONS";
  }

  @Override
  Reason invitation(Opposition opposition) {
    return new Reason(
        "OPP-GROUNDS",
        opposition.opponentName()
            + " opposes on the basis of "
            + opposition.earlierRight()
            + ": "
            + opposition.grounds());
  }

  @Override
  Period timeLimit() {
    return properties.observationsTimeLimit();
  }

  @Override
  String workerName() {
    return "invite-applicant-observations";
  }

  @Override
  String addressee() {
    return "APPLICANT";
  }

  @Override
  String awaitingStatus() {
    return "AWAITING_APPLICANT";
  }
}
