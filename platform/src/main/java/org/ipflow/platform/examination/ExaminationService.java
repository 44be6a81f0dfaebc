package org.ipflow.platform.examination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.Actor;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.security.Roles;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.StorableText;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.processes.FilingProcess.Outcomes;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Examiners see the tasks of their groups and decide them. Each decision is a ledger row written in
 * the transaction that completes the task: either both happen or neither. The rules of the
 * procedure are enforced here, not only in the models: no refusal without an objection and a
 * hearing, and a refusal takes effect only when a senior examiner who did not draft it approves it.
 */
@Service
public class ExaminationService {

  private static final Logger log = LoggerFactory.getLogger(ExaminationService.class);

  public static final String SEARCH_COMPLETED = "SEARCH_COMPLETED";
  public static final String CLASSIFICATION_CONFIRMED = "CLASSIFICATION_CONFIRMED";

  /** The decision type of the examination of a trade mark, as written to the ledger. */
  public static final String DECISION_TYPE = "trademark-examination";

  public static final String DECISION_AFTER_HEARING = "decision-after-hearing";
  public static final String REFUSAL_APPROVAL = "refusal-approval";

  /** The decision type of a senior examiner's review of a contested automated decision. */
  public static final String CONTEST_REVIEW = "contest-review";

  private static final List<String> EXAMINE = List.of(Outcomes.ACCEPT, Outcomes.OBJECT);

  /** What each examiner's task decides, by task. */
  static final Map<String, TaskKind> KINDS =
      Map.of(
          Activities.EXAMINE_TRADEMARK,
          new TaskKind(
              DECISION_TYPE,
              EXAMINE,
              FilingProcess.Variables.EXAMINATION_OUTCOME,
              "Examination of trade-mark applications (Singapore Treaty; the office's trade-mark law)"),
          Activities.EXAMINE_DESIGN,
          new TaskKind(
              "design-examination",
              EXAMINE,
              FilingProcess.Variables.EXAMINATION_OUTCOME,
              "Examination of design applications as to form (Hague Agreement Art. 12)"),
          Activities.SEARCH_PRIOR_ART,
          new TaskKind(
              "patent-search",
              List.of(SEARCH_COMPLETED),
              null,
              "Search of the prior art for a patent application (search report)"),
          Activities.EXAMINE_PATENT,
          new TaskKind(
              "patent-examination",
              EXAMINE,
              FilingProcess.Variables.EXAMINATION_OUTCOME,
              "Substantive examination of patent applications (novelty, inventive step, industrial"
                  + " application)"),
          Activities.RECONSIDER_AFTER_HEARING,
          new TaskKind(
              DECISION_AFTER_HEARING,
              List.of(Outcomes.ACCEPT, Outcomes.REFUSE),
              FilingProcess.Variables.RECONSIDERATION_OUTCOME,
              "Decision after hearing the applicant on the objection (right to be heard)"),
          Activities.REVIEW_CLASSIFICATION,
          new TaskKind(
              "classification-review",
              List.of(CLASSIFICATION_CONFIRMED),
              null,
              "Classification by an examiner where the automated check was not confident (Nice,"
                  + " Locarno, Strasbourg Agreements)"),
          Activities.DECIDE_OPPOSITION,
          new TaskKind(
              "opposition-decision",
              List.of(Outcomes.UPHELD, Outcomes.REJECTED),
              FilingProcess.Variables.OPPOSITION_DECISION,
              "Decision on an opposition after the exchange of observations between the parties"),
          Activities.APPROVE_REFUSAL,
          new TaskKind(
              REFUSAL_APPROVAL,
              List.of(Outcomes.APPROVE, Outcomes.RETURN),
              FilingProcess.Variables.APPROVAL_OUTCOME,
              "Approval of a refusal by a second, senior examiner (four-eyes principle)"),
          Activities.REVIEW_CONTESTED_DECISION,
          new TaskKind(
              CONTEST_REVIEW,
              List.of(Outcomes.UPHELD, Outcomes.DISMISSED),
              FilingProcess.Variables.CONTEST_OUTCOME,
              "Human review of an automated decision at the applicant's request (GDPR Art. 22(3))"));

  /**
   * @param decisionType the ledger's decision type
   * @param outcomes the outcomes the examiner may choose
   * @param variable the process variable the outcome goes into, or {@code null}
   * @param legalBasis the basis of the decision
   */
  record TaskKind(String decisionType, List<String> outcomes, String variable, String legalBasis) {}

  private final TaskService tasks;
  private final HistoryService history;
  private final DecisionLedger ledger;
  private final FilingService filings;
  private final OfficeClock clock;

  ExaminationService(
      TaskService tasks,
      HistoryService history,
      DecisionLedger ledger,
      FilingService filings,
      OfficeClock clock) {
    this.tasks = tasks;
    this.history = history;
    this.ledger = ledger;
    this.filings = filings;
    this.clock = clock;
  }

  /** Open tasks offered to any of the examiner's groups, oldest first. */
  public List<ExaminationTask> openTasks(CurrentUser examiner) {
    if (examiner.groups().isEmpty()) {
      return List.of();
    }
    List<ExaminationTask> result = new ArrayList<>();
    for (Task task :
        tasks
            .createTaskQuery()
            .taskCandidateGroupIn(List.copyOf(examiner.groups()))
            .includeAssignedTasks()
            .orderByTaskCreateTime()
            .asc()
            .list()) {
      result.add(toView(task));
    }
    return result;
  }

  /**
   * Records the examiner's decision and completes the task, in one transaction. Only a member of
   * one of the task's candidate groups may decide it, and only once.
   */
  @Transactional
  public ExaminationTask decide(String taskId, ExaminerDecision request, CurrentUser examiner) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      validOutcome(request, null);
      throw ApiProblem.notFound("Open task " + taskId);
    }
    // Who may decide comes first: an examiner of another queue learns nothing of the task.
    if (!mayWork(task, examiner.groups())) {
      throw ApiProblem.forbidden("The task " + taskId + " is not in a queue of yours.");
    }
    TaskKind kind = KINDS.get(task.getTaskDefinitionKey());
    if (kind == null) {
      throw ApiProblem.conflict(
          "not-an-examination-task", "Task " + taskId + " is not decided through this endpoint.");
    }
    String outcome = validOutcome(request, kind);
    if (task.getAssignee() != null && !task.getAssignee().equals(examiner.userName())) {
      throw ApiProblem.conflict(
          "task-assigned-to-another", "The task is assigned to " + task.getAssignee() + ".");
    }
    ExaminationTask view = toView(task);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("taskId", taskId);
    inputs.put("task", task.getTaskDefinitionKey());
    inputs.put("applicationNumber", view.applicationNumber());
    inputs.put("examinerGroups", List.copyOf(examiner.groups()));
    inputs.put("reason", request.reason());
    if (request.refusedClasses() != null) {
      inputs.put("refusedClasses", List.copyOf(request.refusedClasses()));
    }
    if (kind.decisionType().equals(REFUSAL_APPROVAL)) {
      LedgerEntry draft = draftedRefusal(view.filingId());
      checkFourEyes(examiner, draft);
      inputs.put("draftedRefusal", draft.id().toString());
      inputs.put("drafter", draft.actor().id());
    }
    LedgerEntry contested = null;
    Map<String, Object> outputs = new LinkedHashMap<>();
    if (kind.decisionType().equals(CONTEST_REVIEW)) {
      if (!examiner.hasRole(Roles.SENIOR_EXAMINER)) {
        throw ApiProblem.forbidden("Only a senior examiner may review a contested decision.");
      }
      contested =
          ledger
              .get(
                  UUID.fromString(
                      (String)
                          tasks.getVariable(taskId, FilingProcess.Variables.CONTESTED_DECISION_ID)))
              .orElseThrow(() -> new IllegalStateException("contested decision vanished"));
      inputs.put("contestedDecision", contested.id().toString());
      inputs.put("contestedOutcome", contested.outcome());
      if (outcome.equals(Outcomes.UPHELD)) {
        String corrected = request.correctedOutcome();
        if (corrected == null || corrected.isBlank() || corrected.equals(contested.outcome())) {
          throw invalidDecision(
              "/correctedOutcome",
              "an upheld contest states the outcome the decision should have had, other than '"
                  + contested.outcome()
                  + "'");
        }
        outputs.put("correctedOutcome", corrected);
      }
    } else if (request.correctedOutcome() != null) {
      throw invalidDecision("/correctedOutcome", "only with the review of a contested decision");
    }
    Decision decision =
        new Decision(
            kind.decisionType(),
            "examiner",
            outcome,
            List.of(new Reason("EX-" + outcome, reasonText(outcome, request.reason()))),
            inputs,
            outputs,
            kind.legalBasis());
    HistoricTaskInstance historic =
        history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    EngineStep step =
        new EngineStep(
            task.getProcessInstanceId(),
            task.getTaskDefinitionKey(),
            historic.getActivityInstanceId());
    if (contested == null) {
      ledger.record(view.filingId(), decision, Actor.human(examiner.userName()), step, clock.now());
    } else {
      ledger.recordReview(
          view.filingId(),
          decision,
          Actor.human(examiner.userName()),
          step,
          clock.now(),
          contested);
    }
    filings.recordEvent(
        view.filingId(),
        "EXAMINER_DECISION",
        task.getName() + ": " + examiner.userName() + " decided " + outcome + ".",
        examiner.userName());
    Map<String, Object> variables = new LinkedHashMap<>();
    if (kind.variable() != null) {
      variables.put(kind.variable(), outcome);
    }
    if (kind.decisionType().equals(DECISION_AFTER_HEARING) && outcome.equals(Outcomes.ACCEPT)) {
      variables.put(FilingProcess.Variables.EXAMINATION_OUTCOME, Outcomes.ACCEPT);
    }
    try {
      if (task.getAssignee() == null) {
        tasks.claim(taskId, examiner.userName());
      }
      tasks.complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      log.info(
          "Task {} changed by someone else while {} decided it", taskId, examiner.userName(), e);
      throw ApiProblem.conflict(
          "task-already-decided", "Someone decided this task at the same time.");
    } catch (ProcessEngineException e) {
      if (contested == null) {
        throw e;
      }
      // The procedure could not go on after the contested step with that outcome (no path of the
      // model takes it): nothing of the review is kept, the task stays open.
      log.info("Corrected outcome {} does not resume {}", request.correctedOutcome(), taskId, e);
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "corrected-outcome-not-applicable",
          "Corrected outcome not applicable",
          "The procedure cannot go on after the step of decision "
              + contested.id()
              + " ("
              + contested.decisionType()
              + ") with the outcome '"
              + request.correctedOutcome()
              + "'.",
          List.of(
              new ApiProblem.FieldError(
                  "/correctedOutcome", "is not an outcome this decision can have")));
    }
    return view;
  }

  private LedgerEntry draftedRefusal(UUID filingId) {
    return ledger.forFiling(filingId).stream()
        .filter(e -> e.decisionType().equals(DECISION_AFTER_HEARING))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("no drafted refusal to approve"));
  }

  /** A refusal needs a second examiner: senior, and not the one who drafted it. */
  private static void checkFourEyes(CurrentUser approver, LedgerEntry draft) {
    if (!approver.hasRole(Roles.SENIOR_EXAMINER)) {
      throw ApiProblem.forbidden("Only a senior examiner may approve a refusal.");
    }
    if (draft.actor().id().equals(approver.userName())) {
      throw ApiProblem.forbidden(
          "A refusal needs a second examiner: its drafter may not approve it (four-eyes principle).");
    }
  }

  private static String reasonText(String outcome, String reason) {
    if (reason != null && !reason.isBlank()) {
      return reason;
    }
    return switch (outcome) {
      case Outcomes.ACCEPT -> "The examiner found no ground for refusal.";
      case Outcomes.APPROVE -> "The second examiner approves the refusal on its stated grounds.";
      default -> outcome;
    };
  }

  /** Checks the decision's form; with no task known yet, against every outcome any task allows. */
  private static String validOutcome(ExaminerDecision request, TaskKind kind) {
    List<String> allowed = kind == null ? allOutcomes() : kind.outcomes();
    if (request == null || request.outcome() == null) {
      throw invalidDecision("/outcome", "is required: one of " + allowed);
    }
    String outcome = request.outcome();
    if (!allowed.contains(outcome)) {
      throw invalidDecision("/outcome", "must be one of " + allowed + ", not '" + outcome + "'");
    }
    boolean needsReason =
        Set.of(
                Outcomes.OBJECT,
                Outcomes.REFUSE,
                Outcomes.RETURN,
                Outcomes.DISMISSED,
                SEARCH_COMPLETED)
            .contains(outcome);
    if (needsReason && (request.reason() == null || request.reason().isBlank())) {
      throw invalidDecision(
          "/reason",
          outcome.equals(SEARCH_COMPLETED)
              ? "the search report is required"
              : "an " + outcome.toLowerCase() + " states its grounds");
    }
    if (request.reason() != null && request.reason().length() > 10_000) {
      throw invalidDecision("/reason", "at most 10000 characters");
    }
    StorableText.problem(request.reason())
        .ifPresent(
            problem -> {
              throw invalidDecision("/reason", problem);
            });
    if (request.refusedClasses() != null
        && (!outcome.equals(Outcomes.REFUSE)
            || request.refusedClasses().stream().anyMatch(c -> c == null || c < 1 || c > 45))) {
      throw invalidDecision("/refusedClasses", "Nice classes (1-45), only with a refusal");
    }
    return outcome;
  }

  private static List<String> allOutcomes() {
    List<String> all = new ArrayList<>();
    KINDS
        .values()
        .forEach(k -> k.outcomes().stream().filter(o -> !all.contains(o)).forEach(all::add));
    return all;
  }

  private static ApiProblem invalidDecision(String pointer, String detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-decision",
        "Invalid decision",
        "The decision is incomplete or malformed.",
        List.of(new ApiProblem.FieldError(pointer, detail)));
  }

  private boolean mayWork(Task task, Set<String> groups) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null && groups.contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  private ExaminationTask toView(Task task) {
    Object filingId = tasks.getVariable(task.getId(), FilingProcess.Variables.FILING_ID);
    String applicationNumber =
        filings
            .find(UUID.fromString(String.valueOf(filingId)))
            .map(f -> f.applicationNumber().value())
            .orElse(null);
    return new ExaminationTask(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        UUID.fromString(String.valueOf(filingId)),
        applicationNumber,
        task.getAssignee(),
        task.getCreateTime().toInstant());
  }
}
