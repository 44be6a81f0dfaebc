package org.ipflow.platform.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.platform.contest.Contest;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.springframework.stereotype.Component;

/**
 * Task {@code ResumeAfterContestedStep}: the review upheld the contest, so the filing goes on from
 * the contested step as if the decision had had the corrected outcome. The decision's task applies
 * the corrected outcome as it applies its own (the same variables); what the procedure did after
 * the contested decision and still waits for (a notice's time limit, say) is cancelled. A top-level
 * process that the contested decision ended is started again after that step.
 */
@Component("resumeAfterContestedStep")
class ResumeAfterContestedStep extends OperatonTask {

  private final ContestService contests;
  private final DecisionLedger ledger;
  private final FilingService filings;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final Map<String, DecisionTask> decisionTasks;

  ResumeAfterContestedStep(
      ContestService contests,
      DecisionLedger ledger,
      FilingService filings,
      RuntimeService runtime,
      HistoryService history,
      List<DecisionTask> decisionTasks) {
    this.contests = contests;
    this.ledger = ledger;
    this.filings = filings;
    this.runtime = runtime;
    this.history = history;
    this.decisionTasks =
        decisionTasks.stream()
            .collect(Collectors.toMap(DecisionTask::decisionType, Function.identity()));
  }

  @Override
  void handle(TaskContext task) {
    Contest contest =
        contests.get(UUID.fromString((String) task.variable(FilingProcess.Variables.CONTEST_ID)));
    LedgerEntry contested = ledger.get(contest.decisionId()).orElseThrow();
    LedgerEntry review = contests.review(contest);
    String corrected = String.valueOf(review.outputs().get("correctedOutcome"));
    DecisionTask decisionTask = decisionTasks.get(contested.decisionType());
    if (decisionTask == null) {
      throw new IllegalStateException("no task applies decisions of " + contested.decisionType());
    }
    EngineStep step = contested.step();
    boolean running =
        runtime.createProcessInstanceQuery().processInstanceId(step.processInstanceId()).count()
            > 0;
    Map<String, Object> variables = running ? Map.of() : lastVariables(step.processInstanceId());
    CorrectedStep correctedStep = new CorrectedStep(step, contested.filingId(), variables);
    decisionTask.apply(correctedStep, withOutcome(contested, corrected, review));
    if (running) {
      resumeRunning(step, contested, correctedStep.changed);
    } else {
      restart(step, correctedStep.variables);
    }
    // What the corrected decision sent is no longer waited for: it stops running against the
    // applicant (and no longer shows as a deadline).
    filings.closeMootNotices(
        contested.filingId(),
        contested.decidedAt(),
        "the decision that led to it was corrected on review (contest upheld)",
        "office");
    filings.recordEvent(
        contested.filingId(),
        "PROCEDURE_RESUMED",
        "The procedure resumes after the step '"
            + step.activityId()
            + "' with the corrected outcome "
            + corrected
            + ".",
        "office");
  }

  /** Goes on after the step; cancels what followed the contested decision and still waits. */
  private void resumeRunning(EngineStep step, LedgerEntry contested, Map<String, Object> changed) {
    runtime.setVariables(step.processInstanceId(), changed);
    List<HistoricActivityInstance> followed =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(step.processInstanceId())
            .unfinished()
            .list()
            .stream()
            .filter(a -> step.processInstanceId().equals(a.getParentActivityInstanceId()))
            .filter(a -> !a.getStartTime().toInstant().isBefore(contested.decidedAt()))
            .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
            .toList();
    ProcessInstanceModificationBuilder modification =
        runtime
            .createProcessInstanceModification(step.processInstanceId())
            .startAfterActivity(step.activityId());
    for (HistoricActivityInstance activity : followed) {
      modification = modification.cancelActivityInstance(activity.getId());
    }
    modification.execute();
  }

  /** Starts the ended top-level process again after the step, with its last variables. */
  private void restart(EngineStep step, Map<String, Object> variables) {
    HistoricProcessInstance ended =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(step.processInstanceId())
            .singleResult();
    runtime
        .createProcessInstanceById(ended.getProcessDefinitionId())
        .businessKey(ended.getBusinessKey())
        .setVariables(variables)
        .startAfterActivity(step.activityId())
        .execute();
  }

  /** The process-level variables of an ended process instance, as they were at its end. */
  private Map<String, Object> lastVariables(String processInstanceId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable :
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()) {
      if (processInstanceId.equals(variable.getActivityInstanceId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  /** The contested row with the reviewer's outcome: what the decision should have been. */
  private static LedgerEntry withOutcome(
      LedgerEntry contested, String outcome, LedgerEntry review) {
    return new LedgerEntry(
        review.id(),
        contested.filingId(),
        contested.decisionType(),
        contested.decisionVersion(),
        outcome,
        review.reasons(),
        contested.inputs(),
        contested.inputHash(),
        contested.outputs(),
        review.legalBasis(),
        review.actor(),
        contested.step(),
        review.decidedAt(),
        contested.id(),
        false);
  }

  /** The contested step, seen again: reads the case's variables, collects what is set. */
  private final class CorrectedStep implements TaskContext {
    private final EngineStep step;
    private final UUID filingId;
    private final Map<String, Object> variables;
    private final Map<String, Object> changed = new LinkedHashMap<>();

    CorrectedStep(EngineStep step, UUID filingId, Map<String, Object> variables) {
      this.step = step;
      this.filingId = filingId;
      this.variables = new LinkedHashMap<>(variables);
    }

    @Override
    public EngineStep step() {
      return step;
    }

    @Override
    public UUID filingId() {
      return filingId;
    }

    @Override
    public Object variable(String name) {
      if (variables.containsKey(name)) {
        return variables.get(name);
      }
      return runtime.getVariable(step.processInstanceId(), name);
    }

    @Override
    public void setVariable(String name, Object value) {
      variables.put(name, value);
      changed.put(name, value);
    }
  }
}
