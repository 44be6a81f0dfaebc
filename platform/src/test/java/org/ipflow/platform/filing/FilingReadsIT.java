package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.processes.FilingProcess.Activities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction reads a filing once: later reads in it get what it read, with its own changes; a
 * lock reads the filing again. Outside a transaction every read is a read of the row.
 */
@PlatformTest
class FilingReadsIT {

  @Autowired FilingService filings;
  @Autowired FilingRepository repository;
  @Autowired TransactionTemplate transactions;
  @Autowired TaskService tasks;

  private UUID id;

  /** A filing whose procedure waits for an examiner: nothing else changes it meanwhile. */
  @BeforeEach
  void fileAMarkThatWaitsForAnExaminer() {
    FilingReceipt receipt = filings.submit(Filings.paidWatchMark("READONCE"), "alice-id");
    id = receipt.id();
    Filings.awaitTask(tasks, receipt, Activities.EXAMINE_TRADEMARK);
  }

  @Test
  void aTransactionReadsAFilingOnceAndSeesItsOwnChanges() {
    transactions.executeWithoutResult(
        status -> {
          Filing first = repository.find(id).orElseThrow();
          assertThat(repository.find(id)).containsSame(first);

          repository.updateStatus(id, FilingStatus.WITHDRAWN, Instant.now());

          Filing changed = repository.find(id).orElseThrow();
          assertThat(changed.status()).isEqualTo(FilingStatus.WITHDRAWN);
          assertThat(changed.version()).isEqualTo(first.version() + 1);
          status.setRollbackOnly();
        });
  }

  @Test
  void aLockReadsWhatAnotherTransactionCommittedMeanwhile() throws Exception {
    transactions.executeWithoutResult(
        status -> {
          Filing before = repository.find(id).orElseThrow();
          commitInAnotherTransaction(
              () -> repository.updateStatus(id, FilingStatus.WITHDRAWN, Instant.now()));

          assertThat(repository.find(id)).containsSame(before);
          Filing locked = repository.lock(id).orElseThrow();
          assertThat(locked.status()).isEqualTo(FilingStatus.WITHDRAWN);
          assertThat(locked.version()).isEqualTo(before.version() + 1);
          assertThat(repository.find(id)).containsSame(locked);
        });
  }

  @Test
  void outsideATransactionEveryReadReadsTheRow() {
    Filing first = repository.find(id).orElseThrow();
    Filing second = repository.find(id).orElseThrow();

    assertThat(second).isNotSameAs(first).isEqualTo(first);
  }

  private void commitInAnotherTransaction(Runnable change) {
    try {
      CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> change.run()))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
