package org.ipflow.platform.contest;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.ipflow.platform.filing.NoticeTimers;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Stops and restarts the timers of the applicant's time limits in a filing's procedure: the timer
 * events the models name {@code …TimeLimitExpired}, in the filing's process and the sub-processes
 * it called. Other timers (publication, opposition period) do not depend on a decision of the
 * office about the applicant's case and keep running.
 */
@Component
class TimeLimitSuspension {

  private static final String TIME_LIMIT_TIMER = "TimeLimitExpired";

  private final RuntimeService runtime;
  private final ManagementService management;
  private final NoticeTimers noticeTimers;

  TimeLimitSuspension(
      RuntimeService runtime, ManagementService management, NoticeTimers noticeTimers) {
    this.runtime = runtime;
    this.management = management;
    this.noticeTimers = noticeTimers;
  }

  /** Suspends the running time-limit timers of the filing; returns how many. */
  int suspend(String applicationNumber) {
    List<Job> timers = timeLimitTimers(applicationNumber, false);
    timers.forEach(job -> management.suspendJobById(job.getId()));
    return timers.size();
  }

  /**
   * Moves each suspended time-limit timer {@code days} calendar days later, and the time limit the
   * process waits for with it; the timers stay suspended. Returns how many.
   */
  int extend(String applicationNumber, int days, ZoneId zone) {
    List<Job> timers = timeLimitTimers(applicationNumber, true);
    for (Job job : timers) {
      noticeTimers.reschedule(
          job, Date.from(job.getDuedate().toInstant().atZone(zone).plusDays(days).toInstant()));
    }
    return timers.size();
  }

  /**
   * Lets the suspended time-limit timers run again. Not in the transaction that moved their due
   * dates: the engine updates a job's suspension state in bulk, which would make the update of its
   * due date in the same transaction fail as a concurrent change.
   */
  int resume(String applicationNumber) {
    List<Job> timers = timeLimitTimers(applicationNumber, true);
    timers.forEach(job -> management.activateJobById(job.getId()));
    return timers.size();
  }

  private List<Job> timeLimitTimers(String applicationNumber, boolean suspended) {
    List<Job> found = new ArrayList<>();
    for (ProcessInstance instance : procedure(applicationNumber)) {
      var query = management.createJobQuery().processInstanceId(instance.getId()).timers();
      for (Job job : suspended ? query.suspended().list() : query.active().list()) {
        String activity =
            management
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult()
                .getActivityId();
        if (activity.endsWith(TIME_LIMIT_TIMER)) {
          found.add(job);
        }
      }
    }
    return found;
  }

  /** The filing's running process and every sub-process under it. */
  private List<ProcessInstance> procedure(String applicationNumber) {
    List<ProcessInstance> all = new ArrayList<>();
    Deque<ProcessInstance> open =
        new ArrayDeque<>(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(FilingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(applicationNumber)
                .list());
    while (!open.isEmpty()) {
      ProcessInstance instance = open.pop();
      all.add(instance);
      open.addAll(
          runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list());
    }
    return all;
  }
}
