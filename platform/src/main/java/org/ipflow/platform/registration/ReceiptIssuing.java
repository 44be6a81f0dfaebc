package org.ipflow.platform.registration;

import jakarta.annotation.PreDestroy;
import org.ipflow.platform.filing.FilingReceived;
import org.ipflow.platform.office.FilingJobs;
import org.ipflow.platform.office.IntakeFirst;
import org.ipflow.platform.office.OfficeJobs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the sealed filing receipt right after the filing is acknowledged (ADR 8). The transaction
 * that stores the filing records that its receipt is owed; once it commits, a sealing thread issues
 * it, so the 201 does not wait for the seal. A receipt still owed after a restart or a failure is
 * issued by the sweep, at start and then periodically, with back-off for failures.
 */
@Service
class ReceiptIssuing {

  private final FilingJobs receipts;

  ReceiptIssuing(
      JdbcClient jdbc,
      OfficeLetters letters,
      TransactionTemplate transactions,
      IntakeFirst intake,
      @Value("${ipflow.receipts.sealing-threads:2}") int sealingThreads) {
    this.receipts =
        new FilingJobs(
            "receipt_job",
            "the receipt",
            jdbc,
            transactions,
            OfficeJobs.threads("receipt-sealing", sealingThreads),
            intake,
            letters::issueReceipt);
  }

  /** In the transaction that received the filing: its receipt is owed once that commits. */
  @EventListener
  void on(FilingReceived received) {
    receipts.owe(received.filingId());
  }

  /** Receipts owed from before a restart are issued as soon as the platform is up. */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    receipts.runDueInBackground();
  }

  @Scheduled(
      fixedDelayString = "${ipflow.receipts.sweep:PT1M}",
      initialDelayString = "${ipflow.receipts.sweep:PT1M}")
  void sweep() {
    receipts.runDue();
  }

  /** Issues every receipt that is owed and due; several runners never issue one twice. */
  void runDue() {
    receipts.runDue();
  }

  @PreDestroy
  void stop() {
    receipts.stop();
  }
}
