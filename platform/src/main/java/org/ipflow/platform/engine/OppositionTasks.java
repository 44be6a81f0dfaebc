package org.ipflow.platform.engine;

import java.util.UUID;
import org.ipflow.processes.FilingProcess;

/** Shared by the tasks of the opposition process: which opposition they act on. */
final class OppositionTasks {

  private OppositionTasks() {}

  static UUID oppositionId(TaskContext task) {
    return UUID.fromString((String) task.variable(FilingProcess.Variables.OPPOSITION_ID));
  }
}
