package org.ipflow.platform.office;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the office's durable jobs (procedure starts, receipts, augmentations, renewals) share: their
 * threads, running right after the transaction that made a job due commits, and the back-off of a
 * failed job.
 */
public final class OfficeJobs {

  private static final long MAX_BACKOFF_MINUTES = 60;
  private static final Duration STOP_WAIT = Duration.ofSeconds(20);

  private OfficeJobs() {}

  /**
   * Daemon threads named {@code name-1…}: a job still running never holds up a shutdown for longer
   * than {@link #stop} waits for it.
   */
  public static ExecutorService threads(String name, int count) {
    AtomicInteger serial = new AtomicInteger();
    return Executors.newFixedThreadPool(
        count,
        r -> {
          Thread thread = new Thread(r, name + "-" + serial.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Stops {@code threads} when the platform shuts down, before its database connections close: jobs
   * not yet started are dropped (their rows stay due, and the sweep after the next start runs
   * them), jobs running get {@link #STOP_WAIT} to finish, so that they commit rather than fail
   * half-way on a closed connection.
   */
  public static void stop(ExecutorService threads) {
    if (threads instanceof ThreadPoolExecutor pool) {
      pool.getQueue().clear();
    }
    threads.shutdown();
    try {
      threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs {@code job} on {@code threads} once the caller's transaction commits (at once without
   * one); never for a transaction that rolls back, whose job rows are gone with it.
   */
  public static void afterCommit(Executor threads, Runnable job) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      run(threads, job);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            run(threads, job);
          }
        });
  }

  private static void run(Executor threads, Runnable job) {
    try {
      threads.execute(job);
    } catch (RejectedExecutionException stopping) {
      // The platform is shutting down: the job's row is committed and stays due for the sweep.
    }
  }

  /** How long a job that failed {@code attempts} times before waits: 1, 2, 4 … 60 minutes. */
  public static Duration backoff(int attempts) {
    return Duration.ofMinutes(Math.min(MAX_BACKOFF_MINUTES, 1L << Math.min(attempts, 6)));
  }
}
