package org.ipflow.platform.contest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.examination.ExaminationService;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Outcomes;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives contests of automated decisions, suspends the time limits that depend on them, starts
 * their review and closes it with the senior examiner's outcome.
 */
@Service
public class ContestService {

  private final ContestRepository contests;
  private final FilingService filings;
  private final DecisionLedger ledger;
  private final TimeLimitSuspension timeLimits;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final OfficeClock clock;
  private final OfficeProperties office;

  ContestService(
      ContestRepository contests,
      FilingService filings,
      DecisionLedger ledger,
      TimeLimitSuspension timeLimits,
      RuntimeService runtime,
      HistoryService history,
      OfficeClock clock,
      OfficeProperties office) {
    this.contests = contests;
    this.filings = filings;
    this.ledger = ledger;
    this.timeLimits = timeLimits;
    this.runtime = runtime;
    this.history = history;
    this.clock = clock;
    this.office = office;
  }

  /** A contest by the party who filed the application (see below); to others 404 or 403. */
  @Transactional
  public Contest contest(UUID filingId, UUID decisionId, String grounds, CurrentUser user) {
    filings.actable(filingId, user);
    return contest(filingId, decisionId, grounds, user.userName());
  }

  /** The contests of a filing, for a user who may read the filing. */
  public List<Contest> forFiling(UUID filingId, CurrentUser user) {
    filings.read(filingId, user);
    return forFiling(filingId);
  }

  /** One contest of a filing, for a user who may read the filing. */
  public Contest read(UUID filingId, UUID contestId, CurrentUser user) {
    filings.read(filingId, user);
    return contests
        .find(contestId)
        .filter(c -> c.filingId().equals(filingId))
        .orElseThrow(() -> ApiProblem.notFound("Contest " + contestId));
  }

  /**
   * Contests the automated decision {@code decisionId} of the filing: suspends the applicant's
   * running time limits and puts the decision before a senior examiner.
   */
  @Transactional
  public Contest contest(UUID filingId, UUID decisionId, String grounds, String contestedBy) {
    Filing filing = filings.lock(filingId);
    LedgerEntry decision =
        ledger
            .get(decisionId)
            .filter(d -> d.filingId().equals(filingId))
            .orElseThrow(() -> ApiProblem.notFound("Decision " + decisionId));
    if (!decision.automated()) {
      throw ApiProblem.conflict(
          "not-an-automated-decision",
          "Decision "
              + decisionId
              + " was taken by "
              + decision.actor().id()
              + ", not by a machine: it is open to appeal, not to a review on request.");
    }
    if (contests.underReview(decisionId).isPresent()) {
      throw ApiProblem.conflict(
          "decision-under-review", "Decision " + decisionId + " is already under review.");
    }
    if (!resumable(decision)) {
      throw ApiProblem.conflict(
          "contested-step-closed",
          "The part of the procedure that took decision "
              + decisionId
              + " has closed; the office can no longer resume it after a review. Appeal the"
              + " final decision instead.");
    }
    Contest contest =
        new Contest(
            UUID.randomUUID(),
            filingId,
            decisionId,
            grounds,
            contestedBy,
            clock.now(),
            Contest.UNDER_REVIEW,
            null,
            null,
            null,
            null);
    contests.insert(contest);
    int suspended = timeLimits.suspend(filing.applicationNumber().value());
    filings.recordEvent(
        filingId,
        "DECISION_CONTESTED",
        "The applicant contests the automated decision "
            + decision.decisionType()
            + " ("
            + decision.outcome()
            + ") and asks for a review by an examiner; "
            + suspended
            + " time limit(s) stand still meanwhile.",
        contestedBy);
    runtime
        .createProcessInstanceByKey(FilingProcess.CONTEST_PROCESS_KEY)
        .businessKey(contest.id().toString())
        .setVariables(
            Map.of(
                FilingProcess.Variables.FILING_ID, filingId.toString(),
                FilingProcess.Variables.CONTEST_ID, contest.id().toString(),
                FilingProcess.Variables.CONTESTED_DECISION_ID, decisionId.toString(),
                FilingProcess.Variables.IP_RIGHT, filing.ipRight().name(),
                FilingProcess.Variables.EXAMINER_GROUP,
                    FilingProcess.Groups.examinersOf(filing.ipRight().name())))
        .execute();
    return contest;
  }

  public Contest get(UUID id) {
    return contests.find(id).orElseThrow(() -> ApiProblem.notFound("Contest " + id));
  }

  public List<Contest> forFiling(UUID filingId) {
    return contests.forFiling(filingId);
  }

  /**
   * The senior examiner's review of the contest: the ledger row that points to the contested one.
   */
  public LedgerEntry review(Contest contest) {
    return ledger.forFiling(contest.filingId()).stream()
        .filter(e -> contest.decisionId().equals(e.reviewsDecisionId()))
        .filter(e -> e.decisionType().equals(ExaminationService.CONTEST_REVIEW))
        .filter(e -> !e.decidedAt().isBefore(contest.contestedAt()))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("contest " + contest.id() + " not reviewed"));
  }

  /**
   * Closes the review with its outcome and lets the suspended time limits run again, extended by
   * the calendar days they stood still (the day of the contest and the day of the review included).
   * Idempotent.
   */
  @Transactional
  public void close(UUID contestId) {
    Contest contest = get(contestId);
    LedgerEntry review = review(contest);
    Instant now = clock.now();
    Object corrected = review.outputs().get("correctedOutcome");
    if (!contests.close(
        contestId,
        review.outcome(),
        corrected == null ? null : corrected.toString(),
        review.actor().id(),
        now)) {
      return;
    }
    int days =
        (int) ChronoUnit.DAYS.between(clock.dateAt(contest.contestedAt()), clock.dateAt(now)) + 1;
    Filing filing = filings.get(contest.filingId());
    timeLimits.extend(filing.applicationNumber().value(), days, office.zone());
    filings.extendOpenTimeLimits(contest.filingId(), contest.contestedAt(), days, "office");
    filings.recordEvent(
        contest.filingId(),
        review.outcome().equals(Outcomes.UPHELD) ? "CONTEST_UPHELD" : "CONTEST_DISMISSED",
        review.outcome().equals(Outcomes.UPHELD)
            ? "The review corrects the decision to " + corrected + "; the procedure resumes."
            : "The review confirms the decision: " + review.reasons().get(0).text(),
        review.actor().id());
  }

  /** Lets the time limits that stood still during the review of the contest run again. */
  @Transactional
  public void resumeTimeLimits(UUID contestId) {
    timeLimits.resume(filings.get(get(contestId).filingId()).applicationNumber().value());
  }

  /**
   * Whether the procedure can resume after the decision's step: its process still runs, or it is
   * the filing's top-level process, which the office can start again after that step.
   */
  private boolean resumable(LedgerEntry decision) {
    String processInstanceId = decision.step().processInstanceId();
    if (processInstanceId == null) {
      return false;
    }
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      return true;
    }
    HistoricProcessInstance ended =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return ended != null
        && ended.getSuperProcessInstanceId() == null
        && FilingProcess.PROCESS_KEY.equals(ended.getProcessDefinitionKey());
  }
}
