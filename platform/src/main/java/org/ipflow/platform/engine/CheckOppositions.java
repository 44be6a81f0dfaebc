package org.ipflow.platform.engine;

import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/** Task {@code CheckOppositions}: none, still pending, or one upheld? */
@Component("checkOppositions")
class CheckOppositions extends OperatonTask {

  private final OppositionService oppositions;

  CheckOppositions(OppositionService oppositions) {
    this.oppositions = oppositions;
  }

  @Override
  void handle(TaskContext task) {
    task.setVariable(
        FilingProcess.Variables.OPPOSITIONS_OUTCOME, oppositions.outcomeFor(task.filingId()));
  }
}
