package org.ipflow.platform.opposition;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingAccess;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Outcomes;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files oppositions and carries them through their own process; tells the opposed mark's procedure
 * when they are decided. Oppositions and the mark's check of them take the mark's row lock, so a
 * decision is never missed between the check and the wait.
 */
@Service
public class OppositionService {

  private final OppositionRepository oppositions;
  private final FilingService filings;
  private final RuntimeService runtime;
  private final OfficeClock clock;

  OppositionService(
      OppositionRepository oppositions,
      FilingService filings,
      RuntimeService runtime,
      OfficeClock clock) {
    this.oppositions = oppositions;
    this.filings = filings;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * An opposition filed by {@code user}. A filing that is not published does not exist for anyone
   * but the party who filed it and the office's staff (404), so that an opposition cannot probe the
   * state of an unpublished application.
   */
  @Transactional
  public Opposition file(UUID filingId, NewOpposition request, CurrentUser user) {
    Filing mark =
        filings.find(filingId).orElseThrow(() -> ApiProblem.notFound("Filing " + filingId));
    if (!FilingAccess.mayRead(mark, user) && filings.publishedAt(filingId).isEmpty()) {
      throw ApiProblem.notFound("Filing " + filingId);
    }
    return file(filingId, request, user.subject());
  }

  /** The opposition, for its parties and the office's staff; to anyone else it does not exist. */
  public Opposition read(UUID id, CurrentUser user) {
    Opposition opposition = get(id);
    Filing mark = filings.get(opposition.filingId());
    boolean party =
        opposition.opponentSubject().equals(user.subject()) || FilingAccess.filedBy(mark, user);
    if (!party && !user.isOfficeStaff()) {
      throw ApiProblem.notFound("Opposition " + id);
    }
    return opposition;
  }

  /** The applicant's observations, from the party who filed the opposed mark. */
  @Transactional
  public void receiveApplicantObservations(UUID id, String text, CurrentUser user) {
    Opposition opposition = read(id, user);
    if (!FilingAccess.filedBy(filings.get(opposition.filingId()), user)) {
      throw ApiProblem.forbidden("Only the applicant of the opposed mark submits observations.");
    }
    receiveApplicantObservations(id, text, user.userName());
  }

  /** The opponent's reply, from the opponent. */
  @Transactional
  public void receiveOpponentReply(UUID id, String text, CurrentUser user) {
    Opposition opposition = read(id, user);
    if (!opposition.opponentSubject().equals(user.subject())) {
      throw ApiProblem.forbidden("Only the opponent replies.");
    }
    receiveOpponentReply(id, text, user.userName());
  }

  /** Files an opposition against a published mark and starts its process. */
  @Transactional
  public Opposition file(UUID filingId, NewOpposition request, String opponentSubject) {
    Filing mark = filings.lock(filingId);
    if (mark.ipRight() != IpRight.TRADEMARK || mark.status() != FilingStatus.PUBLISHED) {
      throw ApiProblem.conflict(
          "opposition-not-open",
          "Application "
              + mark.applicationNumber()
              + " is "
              + mark.status()
              + ": oppositions are filed against marks published and not yet registered.");
    }
    Instant now = clock.now();
    Opposition opposition =
        new Opposition(
            UUID.randomUUID(),
            filingId,
            opponentSubject,
            request.opponentName(),
            request.opponentCountry(),
            request.earlierRight(),
            request.grounds(),
            now,
            request.paidAmount() == null ? BigDecimal.ZERO : request.paidAmount(),
            request.currency(),
            request.paymentReference(),
            "FILED",
            null,
            null);
    oppositions.insert(opposition);
    filings.recordEvent(
        filingId,
        "OPPOSITION_FILED",
        "Opposition filed by "
            + request.opponentName()
            + " on the basis of "
            + request.earlierRight()
            + ".",
        opponentSubject);
    runtime
        .createProcessInstanceByKey(FilingProcess.OPPOSITION_PROCESS_KEY)
        .businessKey(opposition.id().toString())
        .setVariables(
            Map.of(
                FilingProcess.Variables.FILING_ID, filingId.toString(),
                FilingProcess.Variables.OPPOSITION_ID, opposition.id().toString(),
                FilingProcess.Variables.IP_RIGHT, mark.ipRight().name(),
                FilingProcess.Variables.EXAMINER_GROUP,
                    FilingProcess.Groups.examinersOf(mark.ipRight().name())))
        .execute();
    return opposition;
  }

  public Opposition get(UUID id) {
    return oppositions.find(id).orElseThrow(() -> ApiProblem.notFound("Opposition " + id));
  }

  public List<Opposition> forFiling(UUID filingId) {
    return oppositions.forFiling(filingId);
  }

  @Transactional
  public void changeStatus(UUID id, String status) {
    oppositions.updateStatus(id, status);
  }

  /** The applicant's observations on an opposition. */
  @Transactional
  public void receiveApplicantObservations(UUID id, String text, String respondent) {
    Opposition opposition = get(id);
    expect(opposition, "AWAITING_APPLICANT");
    filings.recordEvent(opposition.filingId(), "OPPOSITION_OBSERVATIONS", text, respondent);
    oppositions.updateStatus(id, "OBSERVATIONS_RECEIVED");
    correlate(FilingProcess.Messages.APPLICANT_OBSERVATIONS_RECEIVED, id);
  }

  /** The opponent's reply to the applicant's observations. */
  @Transactional
  public void receiveOpponentReply(UUID id, String text, String respondent) {
    Opposition opposition = get(id);
    expect(opposition, "AWAITING_OPPONENT");
    filings.recordEvent(opposition.filingId(), "OPPOSITION_REPLY", text, respondent);
    oppositions.updateStatus(id, "REPLY_RECEIVED");
    correlate(FilingProcess.Messages.OPPONENT_REPLY_RECEIVED, id);
  }

  /** Records the decision on an opposition and wakes the mark's procedure if it waits for it. */
  @Transactional
  public void recordDecision(UUID id, String decision) {
    Opposition opposition = get(id);
    Filing mark = filings.lock(opposition.filingId());
    oppositions.decide(id, decision, clock.now());
    filings.recordEvent(
        opposition.filingId(),
        "OPPOSITION_DECIDED",
        "Opposition by " + opposition.opponentName() + ": " + decision + ".",
        "record-opposition-decision");
    runtime
        .createMessageCorrelation(FilingProcess.Messages.OPPOSITIONS_DECIDED)
        .processInstanceBusinessKey(mark.applicationNumber().value())
        .correlateAll();
  }

  /**
   * Where the oppositions against a mark stand, under the mark's row lock: {@code UPHELD} if one
   * was upheld, {@code PENDING} if one is undecided, else {@code NONE_UPHELD}.
   */
  @Transactional
  public String outcomeFor(UUID filingId) {
    filings.lock(filingId);
    List<Opposition> all = oppositions.forFiling(filingId);
    if (all.stream().anyMatch(o -> Outcomes.UPHELD.equals(o.decision()))) {
      return Outcomes.UPHELD;
    }
    if (all.stream().anyMatch(o -> !o.decided())) {
      return Outcomes.PENDING;
    }
    return Outcomes.NONE_UPHELD;
  }

  private void correlate(String message, UUID oppositionId) {
    runtime
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(oppositionId.toString())
        .correlate();
  }

  private static void expect(Opposition opposition, String status) {
    if (!opposition.status().equals(status)) {
      throw ApiProblem.conflict(
          "not-awaited",
          "The opposition is " + opposition.status() + "; nothing from this party is awaited now.");
    }
  }
}
