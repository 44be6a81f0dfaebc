package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Task {@code SchedulePatentPublication}: a patent application is published 18 months from its
 * earliest priority date or, without priority, its filing date, whatever the state of examination.
 */
@Component("schedulePatentPublication")
class SchedulePatentPublication extends OperatonTask {

  static final int MONTHS = 18;
  private final FilingService filings;
  private final PublicationDates dates;

  SchedulePatentPublication(FilingService filings, PublicationDates dates) {
    this.filings = filings;
    this.dates = dates;
  }

  @Override
  void handle(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    task.setVariable(
        FilingProcess.Variables.PUBLICATION_DUE, dates.monthsAfterEarliest(filing, MONTHS));
  }
}
