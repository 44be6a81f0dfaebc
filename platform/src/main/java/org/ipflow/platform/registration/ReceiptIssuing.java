package org.ipflow.platform.registration;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.ipflow.platform.filing.FilingReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(ReceiptIssuing.class);

  private final JdbcClient jdbc;
  private final OfficeLetters letters;
  private final TransactionTemplate transactions;
  private final ExecutorService sealers;

  ReceiptIssuing(
      JdbcClient jdbc,
      OfficeLetters letters,
      TransactionTemplate transactions,
      @Value("${ipflow.receipts.sealing-threads:2}") int sealingThreads) {
    this.jdbc = jdbc;
    this.letters = letters;
    this.transactions = transactions;
    this.sealers = OfficeJobs.threads("receipt-sealing", sealingThreads);
  }

  /** In the transaction that received the filing: its receipt is owed once that commits. */
  @EventListener
  void on(FilingReceived received) {
    UUID filingId = received.filingId();
    jdbc.sql("INSERT INTO receipt_job (filing_id, due_at) VALUES (:id, :due)")
        .param("id", filingId)
        .param("due", Timestamp.from(Instant.now()))
        .update();
    OfficeJobs.afterCommit(sealers, () -> issueOwed(filingId));
  }

  /** Receipts owed from before a restart are issued as soon as the platform is up. */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    sealers.execute(this::runDue);
  }

  @Scheduled(
      fixedDelayString = "${ipflow.receipts.sweep:PT1M}",
      initialDelayString = "${ipflow.receipts.sweep:PT1M}")
  void sweep() {
    runDue();
  }

  /** Issues every receipt that is owed and due; several runners never issue one twice. */
  void runDue() {
    Outcome outcome;
    do {
      outcome = issueOwed(null);
    } while (outcome == Outcome.ISSUED); // a failure waits for its retry, the others for the sweep
  }

  private enum Outcome {
    ISSUED,
    NOTHING_OWED,
    FAILED
  }

  /**
   * Claims an owed receipt that is due ({@code filingId}'s, or any) and issues it, in one
   * transaction with marking it done. The job row stays locked meanwhile: a concurrent runner skips
   * it, so no receipt is issued twice.
   */
  private Outcome issueOwed(UUID filingId) {
    Job[] claimed = {null};
    try {
      return transactions.execute(
          status -> {
            Optional<Job> owed =
                jdbc.sql(
                        "SELECT filing_id, attempts FROM receipt_job WHERE done_at IS NULL"
                            + (filingId == null
                                ? " AND due_at <= :now ORDER BY due_at"
                                : " AND filing_id = :id")
                            + " LIMIT 1 FOR UPDATE SKIP LOCKED")
                    .params(
                        filingId == null
                            ? Map.of("now", Timestamp.from(Instant.now()))
                            : Map.of("id", filingId))
                    .query(
                        (row, n) ->
                            new Job(
                                UUID.fromString(row.getString("filing_id")),
                                row.getInt("attempts")))
                    .optional();
            if (owed.isEmpty()) {
              return Outcome.NOTHING_OWED;
            }
            claimed[0] = owed.get();
            letters.issueReceipt(claimed[0].filingId());
            jdbc.sql(
                    "UPDATE receipt_job SET done_at = :now, attempts = attempts + 1 WHERE"
                        + " filing_id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", claimed[0].filingId())
                .update();
            return Outcome.ISSUED;
          });
    } catch (RuntimeException e) {
      if (claimed[0] == null) {
        throw e;
      }
      Job job = claimed[0];
      Duration backoff = OfficeJobs.backoff(job.attempts());
      log.warn(
          "Issuing the receipt of filing {} failed (attempt {}); retrying in {}",
          job.filingId(),
          job.attempts() + 1,
          backoff,
          e);
      jdbc.sql(
              "UPDATE receipt_job SET attempts = attempts + 1, last_error = :error, due_at = :due"
                  + " WHERE filing_id = :id AND done_at IS NULL")
          .param("error", String.valueOf(e.getMessage()))
          .param("due", Timestamp.from(Instant.now().plus(backoff)))
          .param("id", job.filingId())
          .update();
      return Outcome.FAILED;
    }
  }

  private record Job(UUID filingId, int attempts) {}

  @PreDestroy
  void stop() {
    OfficeJobs.stop(sealers);
  }
}
