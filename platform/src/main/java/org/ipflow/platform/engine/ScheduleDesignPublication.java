package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Task {@code ScheduleDesignPublication}: a registered design's publication is deferred, on
 * request, by up to 30 months from its priority or filing date.
 */
@Component("scheduleDesignPublication")
class ScheduleDesignPublication extends OperatonTask {

  private final FilingService filings;
  private final PublicationDates dates;

  ScheduleDesignPublication(FilingService filings, PublicationDates dates) {
    this.filings = filings;
    this.dates = dates;
  }

  @Override
  void handle(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    task.setVariable(
        FilingProcess.Variables.PUBLICATION_DUE,
        dates.monthsAfterEarliest(filing, filing.content().deferPublicationMonths()));
    filings.recordEvent(
        task.filingId(),
        "PUBLICATION_DEFERRED",
        "Publication deferred by "
            + filing.content().deferPublicationMonths()
            + " months at the applicant's request.",
        "schedule-design-publication");
  }
}
