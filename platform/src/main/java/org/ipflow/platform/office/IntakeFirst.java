package org.ipflow.platform.office;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Filings first (ADR 15): while filings are being received, the office's background work (the
 * procedure's engine jobs, procedure starts, receipt seals, signature augmentations) waits before
 * each unit of work, until no filing is being received or for {@link
 * IntakeProperties#backgroundMaxDeferral()} at most. On two cores the procedure behind a filing
 * costs many times what receiving it does; without this, a burst of filings on a deadline day would
 * be acknowledged only as fast as the whole procedure runs. The work waits, it is never dropped:
 * its rows are committed with the 201 and it catches up once the burst is over.
 */
@Component
public class IntakeFirst {

  private final boolean enabled;
  private final long maxDeferralNanos;
  private final AtomicInteger receiving = new AtomicInteger();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong deferrals = new AtomicLong();
  private final Object quiet = new Object();

  @Autowired
  public IntakeFirst(IntakeProperties properties) {
    this(properties.first(), properties.backgroundMaxDeferral());
  }

  IntakeFirst(boolean enabled, Duration maxDeferral) {
    this.enabled = enabled && !maxDeferral.isZero();
    this.maxDeferralNanos = maxDeferral.toNanos();
  }

  /** A filing being received, until {@link Receiving#close()}. */
  public interface Receiving extends AutoCloseable {
    @Override
    void close();
  }

  /** Marks a filing as being received until the handle is closed (once). */
  public Receiving receiving() {
    receiving.incrementAndGet();
    boolean[] closed = {false};
    return () -> {
      if (!closed[0]) {
        closed[0] = true;
        received();
      }
    };
  }

  private void received() {
    if (receiving.decrementAndGet() == 0 && waiting.get() > 0) {
      synchronized (quiet) {
        quiet.notifyAll();
      }
    }
  }

  /**
   * Called by background work before each unit: returns at once while no filing is being received;
   * otherwise when none is any more, or after the maximum deferral.
   */
  public void awaitTurn() {
    if (!enabled || receiving.get() == 0) {
      return;
    }
    deferrals.incrementAndGet();
    waiting.incrementAndGet();
    try {
      long deadline = System.nanoTime() + maxDeferralNanos;
      synchronized (quiet) {
        while (receiving.get() > 0) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return;
          }
          TimeUnit.NANOSECONDS.timedWait(quiet, left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopping: let the work see it
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** How many filings are being received now. */
  public int beingReceived() {
    return receiving.get();
  }

  /** How many units of background work have waited for the intake since the start. */
  public long deferrals() {
    return deferrals.get();
  }
}
