package org.ipflow.platform.engine;

import java.util.UUID;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;

/** Adapts an engine-neutral task handler to Operaton: the only place a handler meets the engine. */
abstract class OperatonTask implements JavaDelegate {

  /** The task's work, against the engine-neutral context. */
  abstract void handle(TaskContext task);

  @Override
  public final void execute(DelegateExecution execution) {
    handle(new ExecutionContext(execution));
  }

  record ExecutionContext(DelegateExecution execution) implements TaskContext {
    @Override
    public EngineStep step() {
      return new EngineStep(
          execution.getProcessInstanceId(),
          execution.getCurrentActivityId(),
          execution.getActivityInstanceId());
    }

    @Override
    public UUID filingId() {
      return UUID.fromString((String) execution.getVariable(FilingProcess.Variables.FILING_ID));
    }

    @Override
    public Object variable(String name) {
      return execution.getVariable(name);
    }

    @Override
    public void setVariable(String name, Object value) {
      execution.setVariable(name, value);
    }
  }
}
