package org.ipflow.platform.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TableLock;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Filings first (ADR 15), on the running platform: a filing request counts as being received while
 * its handler runs, and the office's background work (the engine's jobs, procedure starts) waits
 * for the intake, at most the configured maximum (1 s by default).
 */
@PlatformTest
class IntakeFirstIT {

  private static final Duration MAX_DEFERRAL = Duration.ofSeconds(1);

  @LocalServerPort int port;
  @Autowired IntakeFirst intake;
  @Autowired IntakeProperties properties;
  @Autowired FilingService filings;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("operatonTaskExecutor")
  TaskExecutor engineJobThreads;

  @Value("${spring.datasource.url}")
  String databaseUrl;

  @Test
  void aFilingCountsAsBeingReceivedWhileItsRequestIsHandled() throws Exception {
    assertThat(intake.beingReceived()).isZero();
    CompletableFuture<Api.Response> filed;
    // The filing cannot be stored meanwhile: its request stays in the handler.
    try (TableLock filingsLocked = TableLock.exclusive(databaseUrl, "ipflow.filing")) {
      filed =
          CompletableFuture.supplyAsync(
              () ->
                  new Api(port)
                      .postJson(
                          "/api/v1/filings",
                          Tokens.of("alice"),
                          Filings.completeTrademark("INTERIMA")));
      await().atMost(Duration.ofSeconds(30)).until(() -> intake.beingReceived() == 1);
    }
    assertThat(filed.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
    await().atMost(Duration.ofSeconds(10)).until(() -> intake.beingReceived() == 0);
  }

  @Test
  void theEnginesJobThreadsWaitWhileAFilingIsBeingReceived() throws Exception {
    assertThat(properties.backgroundMaxDeferral()).isEqualTo(MAX_DEFERRAL);
    CompletableFuture<Long> ran = new CompletableFuture<>();
    try (IntakeFirst.Receiving receiving = intake.receiving()) {
      long start = System.nanoTime();
      engineJobThreads.execute(() -> ran.complete(System.nanoTime()));
      assertThat(Duration.ofNanos(ran.get(30, TimeUnit.SECONDS) - start))
          .isGreaterThanOrEqualTo(MAX_DEFERRAL);
    }
  }

  @Test
  void procedureStartsWaitWhileAFilingIsBeingReceived() {
    UUID id;
    long start;
    try (IntakeFirst.Receiving receiving = intake.receiving()) {
      start = System.nanoTime();
      id = filings.submit(Filings.paidWatchMark("PATIENTIA"), "alice-id").id();
      await().atMost(Duration.ofSeconds(30)).until(() -> !owed(id));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(MAX_DEFERRAL);
  }

  private boolean owed(UUID filingId) {
    return jdbc.sql(
                "SELECT count(*) FROM procedure_start_job WHERE filing_id = :id AND done_at IS NULL")
            .param("id", filingId)
            .query(Long.class)
            .single()
        > 0;
  }
}
