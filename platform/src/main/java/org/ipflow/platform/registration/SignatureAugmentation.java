package org.ipflow.platform.registration;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.office.IntakeFirst;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeJobs;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long-term signatures of what the office issued, as durable jobs in one table:
 *
 * <ul>
 *   <li><strong>Augmentation</strong>: a document issued at B-T is augmented to the long-term level
 *       of its kind ({@link LongTermLevels}) after issue: scheduled in the issuing transaction, run
 *       right after it commits and again by a periodic sweep (after a restart, or after a failure,
 *       with back-off).
 *   <li><strong>Archive time-stamp renewal</strong>: the latest B-LTA version of each document gets
 *       a new archive time-stamp before the time-stamping certificate or the algorithms of its
 *       latest one expire (less the configured margin), by a scheduled job.
 * </ul>
 *
 * Either way the result is stored as a new version beside the one it was made from (document
 * supersedes), which stays as it was; a job that runs twice stores one version.
 */
@Service
public class SignatureAugmentation {

  private static final Logger log = LoggerFactory.getLogger(SignatureAugmentation.class);

  /** What a job does. */
  enum Purpose {
    /** Augment to the job's target level (B-LT or B-LTA). */
    AUGMENT,
    /** Add an archive time-stamp to a B-LTA document when one is due. */
    RENEW
  }

  private final JdbcClient jdbc;
  private final DocumentStore documents;
  private final DocumentSigner signer;
  private final TransactionTemplate transactions;
  private final OfficeClock clock;
  private final LongTermLevels longTerm;
  private final Duration renewalMinInterval;
  private final IntakeFirst intake;
  private final ExecutorService runner = OfficeJobs.threads("signature-augmentation", 1);

  SignatureAugmentation(
      JdbcClient jdbc,
      DocumentStore documents,
      DocumentSigner signer,
      TransactionTemplate transactions,
      OfficeClock clock,
      SigningProperties properties,
      IntakeFirst intake) {
    this.clock = clock;
    this.intake = intake;
    this.jdbc = jdbc;
    this.documents = documents;
    this.signer = signer;
    this.transactions = transactions;
    this.longTerm = properties.longTermLevels();
    this.renewalMinInterval = properties.archiveTimestampRenewalMinInterval();
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
            "INSERT INTO augmentation_job (document_id, target_level, due_at, purpose) VALUES (:id,"
                + " :level, :due, 'AUGMENT') ON CONFLICT (document_id) DO NOTHING")
        .param("id", documentId)
        .param("level", level.name())
        .param("due", Timestamp.from(Instant.now()))
        .update();
    OfficeJobs.afterCommit(runner, this::runDue);
  }

  /** The sweep: whatever is due and not done (a restart, a failure waiting for its retry). */
  @Scheduled(
      fixedDelayString = "${ipflow.signing.augmentation-sweep:PT1M}",
      initialDelayString = "${ipflow.signing.augmentation-sweep:PT1M}")
  void sweep() {
    runDue();
  }

  /** The renewal job, e.g. every few hours: see {@link #renewDue()}. */
  @Scheduled(
      fixedDelayString = "${ipflow.signing.archive-timestamp-renewal-sweep:PT6H}",
      initialDelayString = "${ipflow.signing.archive-timestamp-renewal-sweep:PT6H}")
  void renewalSweep() {
    renewDue();
  }

  /**
   * Runs every due augmentation, one transaction each; safe to call from several threads or nodes
   * (a job is claimed with {@code FOR UPDATE SKIP LOCKED}). A failed job is retried later, with
   * back-off.
   */
  public void runDue() {
    runDue(Purpose.AUGMENT);
  }

  /**
   * Archive time-stamp renewal: finds the latest B-LTA version of each document (the result of an
   * augmentation or renewal to B-LTA that nothing supersedes) and, where its latest archive
   * time-stamp is due for renewal ({@link DocumentSigner#archiveTimestampRenewalDue}), adds a new
   * one and stores the result as a new version. Idempotent: what is not due is only given its due
   * date; a version just renewed is not looked at again before the minimum interval.
   */
  public void renewDue() {
    // Latest B-LTA versions without a renewal job (made before renewals existed, or just now by an
    // augmentation): due at once, so that the job reads when they really are due.
    jdbc.sql(
            "INSERT INTO augmentation_job (document_id, target_level, due_at, purpose) SELECT"
                + " j.result_document_id, 'B_LTA', :now, 'RENEW' FROM augmentation_job j WHERE"
                + " j.target_level = 'B_LTA' AND j.result_document_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM document d WHERE d.supersedes = j.result_document_id) ON"
                + " CONFLICT (document_id) DO NOTHING")
        .param("now", Timestamp.from(Instant.now()))
        .update();
    runDue(Purpose.RENEW);
  }

  private void runDue(Purpose purpose) {
    while (true) {
      intake.awaitTurn();
      Job[] claimed = new Job[1];
      try {
        if (!Boolean.TRUE.equals(transactions.execute(status -> runOne(purpose, claimed)))) {
          return;
        }
      } catch (RuntimeException e) {
        if (claimed[0] == null) {
          throw e;
        }
        Duration backoff = OfficeJobs.backoff(claimed[0].attempts());
        log.warn(
            "{} of document {} to {} failed (attempt {}); retrying in {}",
            purpose == Purpose.AUGMENT ? "Augmentation" : "Archive time-stamp renewal",
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

  private boolean runOne(Purpose purpose, Job[] claimed) {
    Optional<Job> due =
        jdbc.sql(
                "SELECT document_id, target_level, attempts FROM augmentation_job WHERE done_at IS"
                    + " NULL AND purpose = :purpose AND due_at <= :now ORDER BY due_at LIMIT 1 FOR"
                    + " UPDATE SKIP LOCKED")
            .param("purpose", purpose.name())
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
    if (purpose == Purpose.RENEW) {
      renew(job);
      return true;
    }
    StoredDocument original = documents.find(job.documentId()).orElseThrow();
    byte[] augmented = signer.augment(documents.content(original.id()), null, job.level());
    StoredDocument version = documents.storeVersion(original, augmented, clock.now());
    done(job, version.id(), null);
    log.info(
        "Augmented {} to {} as a new version {}", original.fileName(), job.level(), version.id());
    return true;
  }

  private void renew(Job job) {
    boolean superseded =
        jdbc.sql("SELECT EXISTS (SELECT 1 FROM document WHERE supersedes = :id)")
            .param("id", job.documentId())
            .query(Boolean.class)
            .single();
    if (superseded) {
      done(job, null, "superseded by a later version: that one is renewed");
      return;
    }
    StoredDocument latest = documents.find(job.documentId()).orElseThrow();
    byte[] content = documents.content(latest.id());
    Optional<Instant> renewalDue = signer.archiveTimestampRenewalDue(content, null);
    if (renewalDue.isEmpty()) {
      done(job, null, "no archive time-stamp to renew");
      return;
    }
    if (renewalDue.get().isAfter(Instant.now())) {
      jdbc.sql("UPDATE augmentation_job SET due_at = :due WHERE document_id = :id")
          .param("due", Timestamp.from(renewalDue.get()))
          .param("id", job.documentId())
          .update();
      log.debug("Archive time-stamp of {} due for renewal at {}", latest.id(), renewalDue.get());
      return;
    }
    byte[] renewed = signer.augment(content, null, SignatureLevel.B_LTA);
    StoredDocument version = documents.storeVersion(latest, renewed, clock.now());
    done(job, version.id(), null);
    // Looked at again only after the minimum interval: a time-stamping certificate that is itself
    // already within the margin must not renew the same document at every run.
    jdbc.sql(
            "INSERT INTO augmentation_job (document_id, target_level, due_at, purpose) VALUES (:id,"
                + " 'B_LTA', :due, 'RENEW') ON CONFLICT (document_id) DO NOTHING")
        .param("id", version.id())
        .param("due", Timestamp.from(Instant.now().plus(renewalMinInterval)))
        .update();
    log.info(
        "Renewed the archive time-stamp of {} (due {}) as a new version {}",
        latest.fileName(),
        renewalDue.get(),
        version.id());
  }

  private void done(Job job, UUID result, String note) {
    jdbc.sql(
            "UPDATE augmentation_job SET done_at = :now, result_document_id = :result,"
                + " attempts = attempts + 1, last_error = :note WHERE document_id = :id")
        .param("now", Timestamp.from(Instant.now()))
        .param("result", result)
        .param("note", note)
        .param("id", job.documentId())
        .update();
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

  @PreDestroy
  void stop() {
    OfficeJobs.stop(runner);
  }
}
