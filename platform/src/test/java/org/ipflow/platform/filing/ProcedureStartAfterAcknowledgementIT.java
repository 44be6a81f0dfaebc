package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TableLock;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.processes.FilingProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A filing's procedure starts right after its 201, not inside it (ADR 15): the applicant does not
 * wait for the engine, the start is owed durably from the 201 on, and each procedure starts once.
 */
@PlatformTest
class ProcedureStartAfterAcknowledgementIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired HistoryService history;
  @Autowired ProcedureStarts starts;

  @Value("${spring.datasource.url}")
  String databaseUrl;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void acknowledgesTheFilingBeforeItsProcedureStartsAndStartsItRightAfter() throws SQLException {
    String id;
    String number;
    // While the engine cannot create a process instance, the filing is acknowledged all the same,
    // shows to its applicant, and its procedure is owed.
    try (TableLock engineLocked = TableLock.exclusive(databaseUrl, "ipflow.act_ru_execution")) {

      Api.Response filed =
          api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("PROMPTA"));
      assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
      id = filed.json().path("id").asString();
      number = filed.json().path("applicationNumber").asString();

      assertThat(owed(id)).isEqualTo(1);
      assertThat(procedures(number)).isZero();
      Api.Response shown = api.get("/api/v1/filings/" + id, Tokens.of("alice"));
      assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
      assertThat(shown.json().path("status").asString()).isEqualTo("RECEIVED");
    } // the lock goes; the waiting start goes through

    await().atMost(Duration.ofSeconds(30)).until(() -> procedures(number) == 1);
    await().atMost(Duration.ofSeconds(30)).until(() -> owed(id) == 0);
  }

  @Test
  void startsEachProcedureOnceWhoeverRunsTheJob() {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("UNICA"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    String number = filed.json().path("applicationNumber").asString();
    await().atMost(Duration.ofSeconds(30)).until(() -> owed(id) == 0);

    starts.runDue();

    assertThat(procedures(number)).isEqualTo(1);
  }

  private long owed(String filingId) {
    return jdbc.sql(
            "SELECT count(*) FROM procedure_start_job WHERE filing_id = :id AND done_at IS NULL")
        .param("id", UUID.fromString(filingId))
        .query(Long.class)
        .single();
  }

  private long procedures(String applicationNumber) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(applicationNumber)
        .processDefinitionKey(FilingProcess.PROCESS_KEY)
        .count();
  }
}
