package org.ipflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.examination.ExaminationService;
import org.ipflow.platform.examination.ExaminerDecision;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.workers.formalities.TrademarkFormalities;
import org.ipflow.workers.timelimits.DeemedWithdrawal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of the {@code filing} process on the real engine and PostgreSQL, with the real
 * workers. Time is moved with the engine's clock, never waited for.
 */
@PlatformTest
class FilingProcessScenarioIT {

  private static final ZoneId OFFICE = ZoneId.of("Europe/Zurich");
  private static final CurrentUser ERIN =
      new CurrentUser(
          "erin-id", "erin", java.util.Set.of("examiner"), java.util.Set.of("tm-examiners"));

  @Autowired FilingService filings;
  @Autowired ExaminationService examination;
  @Autowired DecisionLedger ledger;
  @Autowired DocumentStore documents;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired CheckFormalities checkFormalities;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void completeTrademarkIsExaminedRegisteredAndGetsASealedCertificate() {
    FilingReceipt receipt = filings.submit(complete("ALPINA"), "alice-id");

    Task task = awaitExaminationTask(receipt);
    examination.decide(task.getId(), new ExaminerDecision("ACCEPT", null), ERIN);

    HistoricProcessInstance done = awaitEnd(receipt);
    assertThat(done.getEndActivityId()).isEqualTo(Activities.REGISTERED);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.status()).isEqualTo(FilingStatus.REGISTERED);
    assertThat(filing.registration().expiryDate()).isEqualTo(filing.filingDate().plusYears(10));
    assertThat(documents.findKind(receipt.id(), DocumentKind.REGISTRATION_CERTIFICATE)).isPresent();
    assertThat(passedActivities(done))
        .contains(
            Activities.CHECK_FORMALITIES,
            Activities.CALCULATE_FEE,
            Activities.EXAMINE_TRADEMARK,
            Activities.REGISTER_TRADEMARK,
            Activities.ISSUE_REGISTRATION_CERTIFICATE);
  }

  @Test
  void refusedTrademarkEndsRefusedWithTheExaminersGrounds() {
    FilingReceipt receipt = filings.submit(complete("BEST WATCHES"), "alice-id");

    Task task = awaitExaminationTask(receipt);
    examination.decide(
        task.getId(), new ExaminerDecision("REFUSE", "Descriptive of the goods claimed."), ERIN);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REFUSED);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.status()).isEqualTo(FilingStatus.REFUSED);
    assertThat(filing.registration()).isNull();
    assertThat(filings.timeline(receipt.id()))
        .anySatisfy(e -> assertThat(e.summary()).contains("Descriptive of the goods claimed."));
    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.decisionType().equals(ExaminationService.DECISION_TYPE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("REFUSE");
              assertThat(e.actor().id()).isEqualTo("erin");
            });
  }

  @Test
  void incompleteFilingGetsADeficiencyNoticeAndResumesWhenTheApplicantAnswers() {
    FilingReceipt receipt = filings.submit(deficient("NOTICE ME"), "alice-id");

    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    assertThat(ledger.forFiling(receipt.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.decisionType()).isEqualTo(TrademarkFormalities.TYPE);
              assertThat(e.outcome()).isEqualTo(TrademarkFormalities.DEFICIENT);
              assertThat(e.reasons()).extracting("code").contains("F02");
            });

    filings.respondToDeficiency(receipt.id(), complete("NOTICE ME"), "alice");

    Task task = awaitExaminationTask(receipt);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(Activities.EXAMINE_TRADEMARK);
    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.decisionType().equals(TrademarkFormalities.TYPE))
        .extracting(LedgerEntry::outcome)
        .containsExactly(TrademarkFormalities.DEFICIENT, TrademarkFormalities.COMPLETE);
    assertThat(filings.get(receipt.id()).applicant().country()).isEqualTo("CH");
  }

  @Test
  void unansweredDeficiencyNoticeLeadsToDeemedWithdrawalTheDayAfterTheTimeLimit() {
    FilingReceipt receipt = filings.submit(deficient("SILENT"), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    LocalDate lastDay = LocalDate.now(OFFICE).plusMonths(2);

    moveClockTo(lastDay.atTime(23, 0).atZone(OFFICE));
    assertThat(dueTimers(receipt)).as("still in time late on the last day").isZero();

    moveClockTo(lastDay.plusDays(1).atTime(0, 0).minusSeconds(1).atZone(OFFICE));
    assertThat(dueTimers(receipt)).as("still in time at the last second of the last day").isZero();

    moveClockTo(lastDay.plusDays(1).atTime(0, 1).atZone(OFFICE));

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.WITHDRAWN);
    assertThat(filings.get(receipt.id()).status()).isEqualTo(FilingStatus.WITHDRAWN);
    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.decisionType().equals(DeemedWithdrawal.TYPE))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(DeemedWithdrawal.WITHDRAWN));
  }

  @Test
  void answerAfterWithdrawalIsRefusedAndChangesNothing() {
    FilingReceipt receipt = filings.submit(deficient("TOO LATE"), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    moveClockTo(ZonedDateTime.now(OFFICE).plusMonths(2).plusDays(2));
    awaitEnd(receipt);

    assertThatThrownBy(
            () -> filings.respondToDeficiency(receipt.id(), complete("TOO LATE"), "alice"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("WITHDRAWN");
    assertThat(filings.get(receipt.id()).applicant().country()).isEqualTo("XQ");
  }

  @Test
  void filingDateIsTheDateOfReceiptInTheOfficeTimeZoneEvenOnASunday() {
    // Sunday 23:30 in London is already Monday 00:30 in Zurich; the office is closed on Sundays,
    // which changes nothing about the date of receipt.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2099-03-08T23:30:00Z")));

    FilingReceipt receipt = filings.submit(complete("MIDNIGHT"), "alice-id");

    assertThat(receipt.filingDate()).isEqualTo(LocalDate.of(2099, 3, 9));
    assertThat(receipt.applicationNumber().value()).startsWith("302099").hasSize(15);
  }

  @Test
  void serialNumbersRunPerIpTypeAndYearOfReceipt() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2098-06-01T10:00:00Z")));

    String first = filings.submit(complete("ONE"), "alice-id").applicationNumber().value();
    String second = filings.submit(complete("TWO"), "alice-id").applicationNumber().value();

    assertThat(first).isEqualTo("302098000000001");
    assertThat(second).isEqualTo("302098000000002");
  }

  @Test
  void formalitiesTaskDeliveredTwiceWritesOneLedgerRowAndDecidesTheSame() {
    FilingReceipt receipt = filings.submit(complete("TWICE"), "alice-id");
    String activityInstance = "CheckFormalities:redelivered-" + UUID.randomUUID();
    FakeTask delivery = new FakeTask(receipt.id(), activityInstance);

    transactions.executeWithoutResult(s -> checkFormalities.handle(delivery));
    transactions.executeWithoutResult(s -> checkFormalities.handle(delivery));

    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.step().activityInstanceId().equals(activityInstance))
        .hasSize(1);
    assertThat(delivery.variables)
        .containsEntry(FilingProcess.Variables.FORMALITIES_OUTCOME, TrademarkFormalities.COMPLETE);
  }

  private NewFiling complete(String mark) {
    return new NewFiling(
        IpRight.TRADEMARK,
        new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
        new Filing.Mark(mark),
        List.of(new Filing.ClassTerms(14, List.of("Watches"))),
        List.of(
            new NewDocument(
                DocumentKind.MARK_REPRESENTATION, "mark.png", "image/png", Filings.PNG)));
  }

  private NewFiling deficient(String mark) {
    return new NewFiling(
        IpRight.TRADEMARK,
        new Filing.Applicant("Helvetia Watches AG", "XQ", "Genève", null),
        new Filing.Mark(mark),
        List.of(new Filing.ClassTerms(14, List.of("Watches"))),
        List.of());
  }

  private long dueTimers(FilingReceipt receipt) {
    String processInstance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(receipt.applicationNumber().value())
            .singleResult()
            .getId();
    return management
        .createJobQuery()
        .processInstanceId(processInstance)
        .timers()
        .executable()
        .count();
  }

  private void moveClockTo(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private Task awaitExaminationTask(FilingReceipt receipt) {
    Task[] task = new Task[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              task[0] =
                  tasks
                      .createTaskQuery()
                      .processInstanceBusinessKey(receipt.applicationNumber().value())
                      .singleResult();
              return task[0] != null;
            });
    return task[0];
  }

  private void awaitStatus(UUID filingId, FilingStatus status) {
    await().atMost(Duration.ofSeconds(60)).until(() -> filings.get(filingId).status() == status);
  }

  private HistoricProcessInstance awaitEnd(FilingReceipt receipt) {
    HistoricProcessInstance[] instance = new HistoricProcessInstance[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              instance[0] =
                  history
                      .createHistoricProcessInstanceQuery()
                      .processInstanceBusinessKey(receipt.applicationNumber().value())
                      .finished()
                      .singleResult();
              return instance[0] != null;
            });
    return instance[0];
  }

  private List<String> passedActivities(HistoricProcessInstance instance) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .list()
        .stream()
        .map(a -> a.getActivityId())
        .toList();
  }

  /** A delivery of a task as an engine (or an out-of-process worker) would make it. */
  private static final class FakeTask implements TaskContext {
    final Map<String, Object> variables = new java.util.HashMap<>();
    private final UUID filingId;
    private final String activityInstanceId;

    FakeTask(UUID filingId, String activityInstanceId) {
      this.filingId = filingId;
      this.activityInstanceId = activityInstanceId;
    }

    @Override
    public EngineStep step() {
      return new EngineStep("redelivery", Activities.CHECK_FORMALITIES, activityInstanceId);
    }

    @Override
    public UUID filingId() {
      return filingId;
    }

    @Override
    public Object variable(String name) {
      return variables.get(name);
    }

    @Override
    public void setVariable(String name, Object value) {
      variables.put(name, value);
    }
  }
}
