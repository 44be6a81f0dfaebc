package org.ipflow.platform.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OfficeJobsTest {

  @Test
  void stoppingLetsTheRunningJobFinishAndDropsTheQueuedOnes() throws InterruptedException {
    ExecutorService threads = OfficeJobs.threads("test-job", 1);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean runningFinished = new AtomicBoolean();
    AtomicBoolean queuedRan = new AtomicBoolean();
    OfficeJobs.afterCommit(
        threads,
        () -> {
          started.countDown();
          awaitQuietly(release);
          runningFinished.set(true);
        });
    OfficeJobs.afterCommit(threads, () -> queuedRan.set(true));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopper = new Thread(() -> OfficeJobs.stop(threads));
    stopper.start();
    // The queue is cleared before the shutdown: once shut down, the queued job is gone.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!threads.isShutdown() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(runningFinished).as("still running while the platform stops").isFalse();
    release.countDown();
    stopper.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(threads.isTerminated()).isTrue();
    assertThat(runningFinished).isTrue();
    assertThat(queuedRan).isFalse();
  }

  @Test
  void aJobMadeDueWhileStoppingIsLeftForTheSweepWithoutAnError() {
    ExecutorService threads = OfficeJobs.threads("test-job", 1);
    OfficeJobs.stop(threads);

    assertThatCode(() -> OfficeJobs.afterCommit(threads, () -> {})).doesNotThrowAnyException();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
