package org.ipflow.platform.filing;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.office.FilingJobs;
import org.ipflow.platform.office.IntakeFirst;
import org.ipflow.platform.office.IntakeProperties;
import org.ipflow.platform.office.OfficeJobs;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts each filing's procedure right after the 201 that acknowledged it (ADR 15). The transaction
 * that stores the filing records that its procedure is owed; once it commits, a thread starts the
 * process instance and marks the start done in one transaction, so a procedure is started exactly
 * once. A start still owed after a restart or a failure is made by the sweep, at start and then
 * periodically.
 */
@Service
class ProcedureStarts {

  private static final Logger log = LoggerFactory.getLogger(ProcedureStarts.class);

  private final FilingRepository filings;
  private final RuntimeService runtime;
  private final FilingJobs starts;

  ProcedureStarts(
      FilingRepository filings,
      RuntimeService runtime,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      IntakeFirst intake,
      IntakeProperties properties) {
    this.filings = filings;
    this.runtime = runtime;
    this.starts =
        new FilingJobs(
            "procedure_start_job",
            "the procedure's start",
            jdbc,
            transactions,
            OfficeJobs.threads("procedure-start", properties.procedureStartThreads()),
            intake,
            this::start);
  }

  /** In the transaction that received the filing: its procedure is owed once that commits. */
  @EventListener
  void on(FilingReceived received) {
    starts.owe(received.filingId());
  }

  /** Procedures owed from before a restart are started as soon as the platform is up. */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    starts.runDueInBackground();
  }

  @Scheduled(
      fixedDelayString = "${ipflow.intake.sweep:PT1M}",
      initialDelayString = "${ipflow.intake.sweep:PT1M}")
  void sweep() {
    starts.runDue();
  }

  /** Starts every procedure that is owed and due; several runners never start one twice. */
  void runDue() {
    starts.runDue();
  }

  /** The uniform procedure, keyed by the application number, with what it calls per right. */
  private void start(UUID filingId) {
    Filing filing = filings.find(filingId).orElseThrow();
    String right = filing.ipRight().name();
    runtime
        .createProcessInstanceByKey(FilingProcess.PROCESS_KEY)
        .businessKey(filing.applicationNumber().value())
        .setVariables(
            Map.of(
                FilingProcess.Variables.FILING_ID, filingId.toString(),
                FilingProcess.Variables.IP_RIGHT, right,
                FilingProcess.Variables.EXAMINATION_PROCESS,
                    FilingProcess.examinationProcess(right),
                FilingProcess.Variables.GRANT_PROCESS, FilingProcess.grantProcess(right),
                FilingProcess.Variables.EXAMINER_GROUP, FilingProcess.Groups.examinersOf(right)))
        .execute();
    log.debug("Started the procedure of {}", filing.applicationNumber());
  }

  @PreDestroy
  void stop() {
    starts.stop();
  }
}
