package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Tasks {@code RegisterTrademark}, {@code RegisterDesign}, {@code GrantPatent}, {@code
 * RegisterUtilityModel}: enter the right in the register with its number, date and term.
 */
@Component("registerRight")
class RegisterRight extends OperatonTask {

  private final FilingService filings;
  private final ProcedureProperties procedure;

  RegisterRight(FilingService filings, ProcedureProperties procedure) {
    this.filings = filings;
    this.procedure = procedure;
  }

  @Override
  void handle(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    filings.register(
        task.filingId(), procedure.terms().get(filing.ipRight()), "register-" + filing.ipRight());
    task.setVariable(FilingProcess.Variables.GRANT_OUTCOME, FilingProcess.Outcomes.REGISTERED);
    task.setVariable(
        FilingProcess.Variables.DEFER_PUBLICATION_MONTHS,
        filing.content().deferPublicationMonths());
  }
}
