package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The filing lock: one change at a time per filing, while rows that refer to it are still added.
 */
@PlatformTest
class FilingLockIT {

  @Autowired FilingService filings;
  @Autowired FilingRepository repository;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aLockedFilingStillTakesNewEventsButNotASecondChange() throws Exception {
    UUID filing = filings.submit(Filings.paidWatchMark("LOCKSMITH"), "alice-id").id();
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> holder =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      assertThat(repository.lock(filing)).isPresent();
                      locked.countDown();
                      await(release);
                    }));
    try {
      assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

      transactions.executeWithoutResult(
          status -> {
            jdbc.sql("SET LOCAL lock_timeout = '5s'").update();
            repository.insertEvent(
                filing, Instant.now(), "NOTE", null, "added while the filing is locked", "test");
          });
      assertThat(
              jdbc.sql("SELECT count(*) FROM filing_event WHERE filing_id = :f AND type = 'NOTE'")
                  .param("f", filing)
                  .query(Long.class)
                  .single())
          .isEqualTo(1);

      assertThatThrownBy(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        jdbc.sql("SET LOCAL lock_timeout = '300ms'").update();
                        repository.lock(filing);
                      }))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("lock timeout");
    } finally {
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
