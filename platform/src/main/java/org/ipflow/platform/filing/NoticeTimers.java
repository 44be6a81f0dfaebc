package org.ipflow.platform.filing;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Moves the engine's timer of a notice's time limit when the time limit itself moves. */
@Component
public class NoticeTimers {

  private final RuntimeService runtime;
  private final ManagementService management;

  NoticeTimers(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /**
   * Moves every timer of the filing's processes that waits for {@code passes} (the end of the
   * notice's time limit) to {@code newPasses}; returns how many.
   */
  int move(UUID filingId, Instant passes, Instant newPasses) {
    int moved = 0;
    for (ProcessInstance instance :
        runtime
            .createProcessInstanceQuery()
            .variableValueEquals(FilingProcess.Variables.FILING_ID, filingId.toString())
            .list()) {
      for (Job job :
          management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
        if (job.getDuedate() != null && job.getDuedate().toInstant().equals(passes)) {
          reschedule(job, Date.from(newPasses));
          moved++;
        }
      }
    }
    return moved;
  }

  /** Moves the timer {@code job} to {@code due}, and the time limit its process waits for. */
  public void reschedule(Job job, Date due) {
    management.setJobDuedate(job.getId(), due);
    runtime.setVariable(job.getExecutionId(), FilingProcess.Variables.TIME_LIMIT_EXPIRES, due);
  }
}
