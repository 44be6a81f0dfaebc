package org.ipflow.platform.engine;

import java.util.UUID;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/** Task {@code ResumeTimeLimits}: the time limits that stood still during a review run again. */
@Component("resumeTimeLimits")
class ResumeTimeLimits extends OperatonTask {

  private final ContestService contests;

  ResumeTimeLimits(ContestService contests) {
    this.contests = contests;
  }

  @Override
  void handle(TaskContext task) {
    contests.resumeTimeLimits(
        UUID.fromString((String) task.variable(FilingProcess.Variables.CONTEST_ID)));
  }
}
