package org.ipflow.platform.office;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One kind of work the office owes each filing once its 201 is given (its receipt, the start of its
 * procedure), made durable by a row in the job's own table: {@code filing_id} (the key), {@code
 * due_at}, {@code attempts}, {@code last_error}, {@code done_at}. The transaction that receives the
 * filing inserts the row; once it commits, one of the job's threads does the work and marks the row
 * done in one transaction. Work still owed after a restart or a failure is done by {@link #runDue}
 * (at start and from a periodic sweep), failures with back-off. Several runners never do the work
 * for one filing twice: a row is claimed with {@code FOR UPDATE SKIP LOCKED}. Each unit of work
 * waits for the intake first ({@link IntakeFirst}).
 */
public final class FilingJobs {

  private static final Logger log = LoggerFactory.getLogger(FilingJobs.class);
  private static final Pattern TABLE = Pattern.compile("[a-z_]+");

  private final String table;
  private final String what;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final ExecutorService threads;
  private final IntakeFirst intake;
  private final Consumer<UUID> work;

  /**
   * @param table the job's table (a name of the schema, never input)
   * @param what what the work is, for the log: "the receipt", "the procedure's start"
   * @param threads the threads that do the work right after a filing's transaction commits
   * @param intake what each unit of the work waits for while filings are being received
   * @param work the work for one filing, run inside the transaction that marks it done
   */
  public FilingJobs(
      String table,
      String what,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      ExecutorService threads,
      IntakeFirst intake,
      Consumer<UUID> work) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("Not a job table: " + table);
    }
    this.table = table;
    this.what = what;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.threads = threads;
    this.intake = intake;
    this.work = work;
  }

  /**
   * In the transaction that received the filing: the work is owed once that commits, and done by
   * the job's threads right after.
   */
  public void owe(UUID filingId) {
    jdbc.sql("INSERT INTO " + table + " (filing_id, due_at) VALUES (:id, :due)")
        .param("id", filingId)
        .param("due", Timestamp.from(Instant.now()))
        .update();
    OfficeJobs.afterCommit(threads, () -> doOwed(filingId));
  }

  /** Does, on the job's threads, whatever is owed and due (after a start, say). */
  public void runDueInBackground() {
    threads.execute(this::runDue);
  }

  /** Does whatever is owed and due, here; several runners never do one filing's work twice. */
  public void runDue() {
    Outcome outcome;
    do {
      outcome = doOwed(null);
    } while (outcome == Outcome.DONE); // a failure waits for its retry, the others for the sweep
  }

  /** Lets running work commit and leaves what is queued to the sweep after the next start. */
  public void stop() {
    OfficeJobs.stop(threads);
  }

  private enum Outcome {
    DONE,
    NOTHING_OWED,
    FAILED
  }

  /**
   * Claims owed work that is due ({@code filingId}'s, or any) and does it, in one transaction with
   * marking it done. The row stays locked meanwhile: a concurrent runner skips it.
   */
  private Outcome doOwed(UUID filingId) {
    intake.awaitTurn();
    Job[] claimed = {null};
    try {
      return transactions.execute(
          status -> {
            Optional<Job> owed =
                jdbc.sql(
                        "SELECT filing_id, attempts FROM "
                            + table
                            + " WHERE done_at IS NULL"
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
            work.accept(claimed[0].filingId());
            jdbc.sql(
                    "UPDATE "
                        + table
                        + " SET done_at = :now, attempts = attempts + 1 WHERE filing_id = :id")
                .param("now", Timestamp.from(Instant.now()))
                .param("id", claimed[0].filingId())
                .update();
            return Outcome.DONE;
          });
    } catch (RuntimeException e) {
      if (claimed[0] == null) {
        throw e;
      }
      Job job = claimed[0];
      Duration backoff = OfficeJobs.backoff(job.attempts());
      log.warn(
          "Doing {} of filing {} failed (attempt {}); retrying in {}",
          what,
          job.filingId(),
          job.attempts() + 1,
          backoff,
          e);
      jdbc.sql(
              "UPDATE "
                  + table
                  + " SET attempts = attempts + 1, last_error = :error, due_at = :due"
                  + " WHERE filing_id = :id AND done_at IS NULL")
          .param("error", String.valueOf(e.getMessage()))
          .param("due", Timestamp.from(Instant.now().plus(backoff)))
          .param("id", job.filingId())
          .update();
      return Outcome.FAILED;
    }
  }

  private record Job(UUID filingId, int attempts) {}
}
