package org.ipflow.platform.engine;

import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/** Task {@code RecordOppositionDecision}: the examiner's decision closes the opposition. */
@Component("recordOppositionDecision")
class RecordOppositionDecision extends OperatonTask {

  private final OppositionService oppositions;

  RecordOppositionDecision(OppositionService oppositions) {
    this.oppositions = oppositions;
  }

  @Override
  void handle(TaskContext task) {
    oppositions.recordDecision(
        OppositionTasks.oppositionId(task),
        (String) task.variable(FilingProcess.Variables.OPPOSITION_DECISION));
  }
}
