package org.ipflow.platform.examination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.Actor;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Examiners see the tasks of their groups and decide them. The decision is a ledger row written in
 * the same transaction as the task's completion: either both happen or neither.
 */
@Service
public class ExaminationService {

  public static final String SEARCH_COMPLETED = "SEARCH_COMPLETED";

  /** The decision types examiners' tasks write to the ledger, by task. */
  static final Map<String, TaskKind> KINDS =
      Map.of(
          FilingProcess.Activities.EXAMINE_TRADEMARK,
          new TaskKind(
              "trademark-examination",
              List.of(FilingProcess.Outcomes.ACCEPT, FilingProcess.Outcomes.REFUSE),
              "Examination of trade-mark applications by an examiner of the office"),
          FilingProcess.Activities.EXAMINE_DESIGN,
          new TaskKind(
              "design-examination",
              List.of(FilingProcess.Outcomes.ACCEPT, FilingProcess.Outcomes.REFUSE),
              "Examination of design applications as to form by an examiner of the office"),
          FilingProcess.Activities.SEARCH_PRIOR_ART,
          new TaskKind(
              "patent-search",
              List.of(SEARCH_COMPLETED),
              "Search of the prior art for a patent application (search report)"),
          FilingProcess.Activities.EXAMINE_PATENT,
          new TaskKind(
              "patent-examination",
              List.of(FilingProcess.Outcomes.ACCEPT, FilingProcess.Outcomes.REFUSE),
              "Substantive examination of patent applications by an examiner of the office"));

  /** The decision type of the examination of a trade mark, as written to the ledger. */
  public static final String DECISION_TYPE = "trademark-examination";

  /**
   * What an examiner's task decides.
   *
   * @param decisionType the ledger's decision type
   * @param outcomes the outcomes the examiner may choose
   * @param legalBasis the basis of the decision
   */
  record TaskKind(String decisionType, List<String> outcomes, String legalBasis) {}

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
    TaskKind kind = KINDS.get(task.getTaskDefinitionKey());
    if (kind == null) {
      throw ApiProblem.conflict(
          "not-an-examination-task", "Task " + taskId + " is not decided through this endpoint.");
    }
    String outcome = validOutcome(request, kind);
    if (!mayWork(task, examiner.groups())) {
      throw ApiProblem.forbidden("The task " + taskId + " is not in a queue of yours.");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(examiner.userName())) {
      throw ApiProblem.conflict(
          "task-assigned-to-another", "The task is assigned to " + task.getAssignee() + ".");
    }
    ExaminationTask view = toView(task);
    HistoricTaskInstance historic =
        history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("taskId", taskId);
    inputs.put("applicationNumber", view.applicationNumber());
    inputs.put("examinerGroups", List.copyOf(examiner.groups()));
    inputs.put("reason", request.reason());
    Decision decision =
        new Decision(
            kind.decisionType(),
            "examiner",
            outcome,
            List.of(
                new Reason(
                    "EX-" + outcome,
                    request.reason() == null || request.reason().isBlank()
                        ? "The examiner found no ground for refusal."
                        : request.reason())),
            inputs,
            Map.of(),
            kind.legalBasis());
    ledger.record(
        view.filingId(),
        decision,
        Actor.human(examiner.userName()),
        new EngineStep(
            task.getProcessInstanceId(),
            task.getTaskDefinitionKey(),
            historic.getActivityInstanceId()),
        clock.now());
    filings.recordEvent(
        view.filingId(),
        "EXAMINATION_DECISION",
        "Examiner " + examiner.userName() + " decided: " + outcome + ".",
        examiner.userName());
    if (outcome.equals(FilingProcess.Outcomes.REFUSE)) {
      filings.changeStatus(
          view.filingId(),
          FilingStatus.REFUSED,
          "Application refused: " + request.reason(),
          examiner.userName());
    }
    try {
      if (task.getAssignee() == null) {
        tasks.claim(taskId, examiner.userName());
      }
      tasks.complete(
          taskId,
          outcome.equals(SEARCH_COMPLETED)
              ? Map.of()
              : Map.of(FilingProcess.Variables.EXAMINATION_OUTCOME, outcome));
    } catch (OptimisticLockingException e) {
      throw ApiProblem.conflict(
          "task-already-decided", "Someone decided this task at the same time.");
    }
    return view;
  }

  /** Checks the decision's form; with no task known yet, against every outcome any task allows. */
  private static String validOutcome(ExaminerDecision request, TaskKind kind) {
    List<String> allowed =
        kind == null
            ? List.of(
                FilingProcess.Outcomes.ACCEPT, FilingProcess.Outcomes.REFUSE, SEARCH_COMPLETED)
            : kind.outcomes();
    if (request == null || request.outcome() == null) {
      throw invalidDecision("/outcome", "is required: one of " + allowed);
    }
    String outcome = request.outcome();
    if (!allowed.contains(outcome)) {
      throw invalidDecision("/outcome", "must be one of " + allowed + ", not '" + outcome + "'");
    }
    if ((outcome.equals(FilingProcess.Outcomes.REFUSE) || outcome.equals(SEARCH_COMPLETED))
        && (request.reason() == null || request.reason().isBlank())) {
      throw invalidDecision(
          "/reason",
          outcome.equals(SEARCH_COMPLETED)
              ? "the search report is required"
              : "a refusal states its grounds");
    }
    if (request.reason() != null && request.reason().length() > 10_000) {
      throw invalidDecision("/reason", "at most 10000 characters");
    }
    return outcome;
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
