package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.springframework.stereotype.Component;

/** Tasks {@code PublishDesign}, {@code PublishUtilityModel}: the registration is published. */
@Component("publishRegistration")
class PublishRegistration extends OperatonTask {

  private final FilingService filings;

  PublishRegistration(FilingService filings) {
    this.filings = filings;
  }

  @Override
  void handle(TaskContext task) {
    filings.publish(task.filingId(), "Registration", null, "publish-registration");
  }
}
