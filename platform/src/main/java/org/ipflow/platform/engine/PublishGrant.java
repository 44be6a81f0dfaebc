package org.ipflow.platform.engine;

import java.util.Date;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.opposition.OppositionPeriods;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/** Task {@code PublishGrant}: the grant is published and the post-grant opposition period runs. */
@Component("publishGrant")
class PublishGrant extends OperatonTask {

  private final FilingService filings;
  private final OppositionPeriods periods;
  private final OfficeClock clock;

  PublishGrant(FilingService filings, OppositionPeriods periods, OfficeClock clock) {
    this.filings = filings;
    this.periods = periods;
    this.clock = clock;
  }

  @Override
  void handle(TaskContext task) {
    OppositionPeriods.End end = periods.postGrantPeriod(clock.now());
    filings.recordEvent(
        task.filingId(),
        "GRANT_PUBLISHED",
        "Mention of the grant published; oppositions may be filed until " + end.lastDay() + ".",
        "publish-grant");
    task.setVariable(FilingProcess.Variables.OPPOSITION_PERIOD_ENDS, Date.from(end.passes()));
  }
}
