package org.ipflow.platform.registration;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the office's durable jobs (receipts, augmentations, renewals) share: their threads, running
 * right after the transaction that made a job due commits, and the back-off of a failed job.
 */
final class OfficeJobs {

  private static final long MAX_BACKOFF_MINUTES = 60;

  private OfficeJobs() {}

  /** Daemon threads named {@code name-1…}: a job still running never holds up a shutdown. */
  static ExecutorService threads(String name, int count) {
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
   * Runs {@code job} on {@code threads} once the caller's transaction commits (at once without
   * one); never for a transaction that rolls back, whose job rows are gone with it.
   */
  static void afterCommit(Executor threads, Runnable job) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      threads.execute(job);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            threads.execute(job);
          }
        });
  }

  /** How long a job that failed {@code attempts} times before waits: 1, 2, 4 … 60 minutes. */
  static Duration backoff(int attempts) {
    return Duration.ofMinutes(Math.min(MAX_BACKOFF_MINUTES, 1L << Math.min(attempts, 6)));
  }
}
