package org.ipflow.platform.engine;

import org.ipflow.platform.opposition.OppositionService;
import org.springframework.stereotype.Component;

/**
 * Task {@code RejectOppositionAsInadmissible}: the opposition ends without examination of merits.
 */
@Component("rejectOppositionAsInadmissible")
class RejectOppositionAsInadmissible extends OperatonTask {

  private final OppositionService oppositions;

  RejectOppositionAsInadmissible(OppositionService oppositions) {
    this.oppositions = oppositions;
  }

  @Override
  void handle(TaskContext task) {
    oppositions.recordDecision(OppositionTasks.oppositionId(task), "INADMISSIBLE");
  }
}
