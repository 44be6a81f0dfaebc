package org.ipflow.platform.engine;

import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Collectors;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.formalities.TrademarkFormalities;
import org.springframework.stereotype.Component;

/**
 * Task {@code SendDeficiencyNotice}: tells the applicant what is missing and until when it can be
 * remedied. The time limit ends with its last day; the process waits until the day after.
 */
@Component("sendDeficiencyNotice")
class SendDeficiencyNotice extends OperatonTask {

  private final FilingService filings;
  private final DecisionLedger ledger;
  private final OfficeClock clock;
  private final OfficeProperties office;
  private final ProcedureProperties procedure;

  SendDeficiencyNotice(
      FilingService filings,
      DecisionLedger ledger,
      OfficeClock clock,
      OfficeProperties office,
      ProcedureProperties procedure) {
    this.filings = filings;
    this.ledger = ledger;
    this.clock = clock;
    this.office = office;
    this.procedure = procedure;
  }

  @Override
  void handle(TaskContext task) {
    LedgerEntry formalities =
        ledger.forFiling(task.filingId()).stream()
            .filter(e -> e.decisionType().equals(TrademarkFormalities.TYPE))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new IllegalStateException("no formalities decision to notify"));
    LocalDate lastDay = clock.today().plus(procedure.deficiencyTimeLimit());
    Date expires = Date.from(lastDay.plusDays(1).atStartOfDay(office.zone()).toInstant());
    task.setVariable(FilingProcess.Variables.DEFICIENCY_TIME_LIMIT_EXPIRES, expires);
    String deficiencies =
        formalities.reasons().stream()
            .map(r -> r.code() + " " + r.text())
            .collect(Collectors.joining(" "));
    filings.changeStatus(
        task.filingId(),
        FilingStatus.AWAITING_DEFICIENCY_RESPONSE,
        "Deficiency notice: "
            + deficiencies
            + " Remedy the deficiencies by "
            + lastDay
            + " or the application is deemed withdrawn.",
        "send-deficiency-notice");
  }
}
