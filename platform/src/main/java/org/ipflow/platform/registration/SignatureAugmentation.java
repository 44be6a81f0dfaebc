package org.ipflow.platform.registration;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Augments what the office issued at B-T to the long-term level configured for its kind ({@link
 * LongTermLevels}; B-LTA: validation data and an archive time-stamp) after issue, as a job:
 * scheduled in the issuing transaction, run right after it commits and again by a periodic sweep
 * (after a restart, or after a failure, with back-off). The augmented file is stored as a new
 * version beside the original.
 */
@Service
public class SignatureAugmentation {

  private static final Logger log = LoggerFactory.getLogger(SignatureAugmentation.class);
  private static final int MAX_BACKOFF_MINUTES = 60;

  private final JdbcClient jdbc;
  private final DocumentStore documents;
  private final DocumentSigner signer;
  private final TransactionTemplate transactions;
  private final OfficeClock clock;
  private final LongTermLevels longTerm;
  private final Executor runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "signature-augmentation");
            thread.setDaemon(true);
            return thread;
          });

  SignatureAugmentation(
      JdbcClient jdbc,
      DocumentStore documents,
      DocumentSigner signer,
      TransactionTemplate transactions,
      OfficeClock clock,
      SigningProperties properties) {
    this.clock = clock;
    this.longTerm = properties.longTermLevels();
    this.jdbc = jdbc;
    this.documents = documents;
    this.signer = signer;
    this.transactions = transactions;
  }

  /**
   * In the caller's transaction: once it commits, {@code document} is augmented to the long-term
   * level configured for its kind; nothing when its kind stays at the level it was issued at.
   *
   * @return the level it will be augmented to, if any
   */
  public Optional<SignatureLevel> scheduleLongTerm(StoredDocument document) {
    Optional<SignatureLevel> level = longTerm.levelFor(document.kind());
    level.ifPresent(l -> schedule(document.id(), l));
    return level;
  }

  /** In the caller's transaction: once it commits, the document is augmented to {@code level}. */
  public void schedule(UUID documentId, SignatureLevel level) {
    jdbc.sql(
            "INSERT INTO augmentation_job (document_id, target_level, due_at) VALUES (:id, :level,"
                + " :due) ON CONFLICT (document_id) DO NOTHING")
        .param("id", documentId)
        .param("level", level.name())
        .param("due", Timestamp.from(Instant.now()))
        .update();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              runner.execute(SignatureAugmentation.this::runDue);
            }
          });
    }
  }

  /** The sweep: whatever is due and not done (a restart, a failure waiting for its retry). */
  @Scheduled(
      fixedDelayString = "${ipflow.signing.augmentation-sweep:PT1M}",
      initialDelayString = "${ipflow.signing.augmentation-sweep:PT1M}")
  void sweep() {
    runDue();
  }

  /**
   * Runs every due job, one transaction each; safe to call from several threads or nodes (a job is
   * claimed with {@code FOR UPDATE SKIP LOCKED}). A failed job is retried later, with back-off.
   */
  public void runDue() {
    while (true) {
      Job[] claimed = new Job[1];
      try {
        if (!Boolean.TRUE.equals(transactions.execute(status -> runOne(claimed)))) {
          return;
        }
      } catch (RuntimeException e) {
        if (claimed[0] == null) {
          throw e;
        }
        Duration backoff =
            Duration.ofMinutes(
                Math.min(MAX_BACKOFF_MINUTES, 1L << Math.min(claimed[0].attempts(), 6)));
        log.warn(
            "Augmenting document {} to {} failed (attempt {}); retrying in {}",
            claimed[0].documentId(),
            claimed[0].level(),
            claimed[0].attempts() + 1,
            backoff,
            e);
        recordFailure(claimed[0], e, backoff);
        return; // the others wait for the next run rather than failing in a loop
      }
    }
  }

  private boolean runOne(Job[] claimed) {
    Optional<Job> due =
        jdbc.sql(
                "SELECT document_id, target_level, attempts FROM augmentation_job WHERE done_at IS"
                    + " NULL AND due_at <= :now ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED")
            .param("now", Timestamp.from(Instant.now()))
            .query(
                (row, n) ->
                    new Job(
                        UUID.fromString(row.getString("document_id")),
                        SignatureLevel.valueOf(row.getString("target_level")),
                        row.getInt("attempts")))
            .optional();
    if (due.isEmpty()) {
      return false;
    }
    Job job = due.get();
    claimed[0] = job;
    StoredDocument original = documents.find(job.documentId()).orElseThrow();
    byte[] augmented = signer.augment(documents.content(original.id()), null, job.level());
    StoredDocument version = documents.storeVersion(original, augmented, clock.now());
    jdbc.sql(
            "UPDATE augmentation_job SET done_at = :now, result_document_id = :result,"
                + " attempts = attempts + 1 WHERE document_id = :id")
        .param("now", Timestamp.from(Instant.now()))
        .param("result", version.id())
        .param("id", job.documentId())
        .update();
    log.info(
        "Augmented {} to {} as a new version {}", original.fileName(), job.level(), version.id());
    return true;
  }

  private record Job(UUID documentId, SignatureLevel level, int attempts) {}

  private void recordFailure(Job job, RuntimeException cause, Duration backoff) {
    jdbc.sql(
            "UPDATE augmentation_job SET attempts = attempts + 1, last_error = :error, due_at = :due"
                + " WHERE document_id = :id AND done_at IS NULL")
        .param("error", String.valueOf(cause.getMessage()))
        .param("due", Timestamp.from(Instant.now().plus(backoff)))
        .param("id", job.documentId())
        .update();
  }
}
