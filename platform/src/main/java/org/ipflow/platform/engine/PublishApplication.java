package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.springframework.stereotype.Component;

/** Task {@code PublishPatentApplication}: the application is laid open to the public. */
@Component("publishApplication")
class PublishApplication extends OperatonTask {

  private final FilingService filings;

  PublishApplication(FilingService filings) {
    this.filings = filings;
  }

  @Override
  void handle(TaskContext task) {
    filings.publish(task.filingId(), "Application", null, "publish-application");
  }
}
