package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Task {@code CheckApplicationPublished}: a patent is granted only once its application is
 * published; read under the filing's row lock, so a publication is either seen here or wakes the
 * wait.
 */
@Component("checkApplicationPublished")
class CheckApplicationPublished extends OperatonTask {

  private final FilingService filings;

  CheckApplicationPublished(FilingService filings) {
    this.filings = filings;
  }

  @Override
  void handle(TaskContext task) {
    task.setVariable(
        FilingProcess.Variables.APPLICATION_PUBLISHED, filings.isPublishedLocked(task.filingId()));
  }
}
