package org.ipflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.processes.FilingProcess;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricJobLog;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job executor's look for due jobs stays a range scan of the due-date index however many jobs
 * the office has finished or keeps waiting (application.yaml, V19, V22): every job has a due date,
 * and due jobs are taken oldest first.
 */
@PlatformTest
class JobAcquisitionIT {

  @Autowired ProcessEngine engine;
  @Autowired FilingService filings;
  @Autowired HistoryService history;

  @Test
  void jobExecutorTakesDueJobsOldestFirst() {
    assertThat(engine.getProcessEngineConfiguration().isEnsureJobDueDateNotNull()).isTrue();
    assertThat(engine.getProcessEngineConfiguration().isJobExecutorAcquireByDueDate()).isTrue();
  }

  @Test
  void everyJobOfACaseIsCreatedWithADueDate() {
    FilingReceipt receipt = filings.submit(Filings.paidWatchMark("ZORBETTA"), "alice-id");

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> filings.get(receipt.id()).status() != FilingStatus.RECEIVED);
    List<HistoricJobLog> created =
        history
            .createHistoricJobLogQuery()
            .processInstanceId(
                history
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(FilingProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(receipt.applicationNumber().value())
                    .singleResult()
                    .getId())
            .creationLog()
            .list();
    assertThat(created).isNotEmpty().allSatisfy(job -> assertThat(job.getJobDueDate()).isNotNull());
  }
}
