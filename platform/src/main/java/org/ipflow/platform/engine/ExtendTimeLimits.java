package org.ipflow.platform.engine;

import java.util.UUID;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Task {@code ExtendTimeLimits}: closes the review of a contest; the time limits that stood still
 * end later by the days the review took.
 */
@Component("extendTimeLimits")
class ExtendTimeLimits extends OperatonTask {

  private final ContestService contests;

  ExtendTimeLimits(ContestService contests) {
    this.contests = contests;
  }

  @Override
  void handle(TaskContext task) {
    contests.close(UUID.fromString((String) task.variable(FilingProcess.Variables.CONTEST_ID)));
  }
}
