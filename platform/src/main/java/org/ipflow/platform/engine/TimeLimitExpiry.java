package org.ipflow.platform.engine;

import java.time.LocalDate;
import java.util.Date;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;

/** The last day of the time limit a timer waited for: the day before the timer's due date. */
final class TimeLimitExpiry {

  private TimeLimitExpiry() {}

  static LocalDate lastDay(TaskContext task, OfficeClock clock) {
    Date passes = (Date) task.variable(FilingProcess.Variables.TIME_LIMIT_EXPIRES);
    return clock.dateAt(passes.toInstant()).minusDays(1);
  }
}
