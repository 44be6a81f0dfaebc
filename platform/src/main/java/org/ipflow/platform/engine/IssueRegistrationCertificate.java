package org.ipflow.platform.engine;

import org.ipflow.platform.registration.RegistrationCertificates;
import org.springframework.stereotype.Component;

/** Tasks {@code Issue*Certificate}: the sealed certificate of registration or grant. */
@Component("issueRegistrationCertificate")
class IssueRegistrationCertificate extends OperatonTask {

  private final RegistrationCertificates certificates;

  IssueRegistrationCertificate(RegistrationCertificates certificates) {
    this.certificates = certificates;
  }

  @Override
  void handle(TaskContext task) {
    certificates.issue(task.filingId(), "issue-registration-certificate");
  }
}
