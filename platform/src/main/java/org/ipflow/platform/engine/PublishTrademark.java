package org.ipflow.platform.engine;

import java.time.Instant;
import java.util.Date;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.opposition.OppositionPeriods;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Task {@code PublishTrademark}: the accepted mark is published and the opposition period starts;
 * the process waits until it has passed.
 */
@Component("publishTrademark")
class PublishTrademark extends OperatonTask {

  private final FilingService filings;
  private final OppositionPeriods periods;

  PublishTrademark(FilingService filings, OppositionPeriods periods) {
    this.filings = filings;
    this.periods = periods;
  }

  @Override
  void handle(TaskContext task) {
    Instant published =
        filings.publish(
            task.filingId(), "Application", FilingStatus.PUBLISHED, "publish-trademark");
    OppositionPeriods.End end = periods.trademarkPeriod(published);
    filings.recordEvent(
        task.filingId(),
        "OPPOSITION_PERIOD",
        "Oppositions may be filed until " + end.lastDay() + ".",
        "publish-trademark");
    task.setVariable(FilingProcess.Variables.OPPOSITION_PERIOD_ENDS, Date.from(end.passes()));
  }
}
