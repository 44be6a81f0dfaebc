package org.ipflow.platform.engine;

import org.ipflow.platform.filing.FilingService;
import org.springframework.stereotype.Component;

/** Task {@code RegisterTrademark}: enter the mark in the register (number, date, term). */
@Component("registerTrademark")
class RegisterTrademark extends OperatonTask {

  private final FilingService filings;
  private final ProcedureProperties procedure;

  RegisterTrademark(FilingService filings, ProcedureProperties procedure) {
    this.filings = filings;
    this.procedure = procedure;
  }

  @Override
  void handle(TaskContext task) {
    filings.register(task.filingId(), procedure.trademarkTermYears(), "register-trademark");
  }
}
