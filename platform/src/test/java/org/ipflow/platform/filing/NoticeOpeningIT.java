package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.processes.FilingProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A notice is deemed notified on the day the applicant opens it, or the configured days after its
 * dispatch, whichever comes first; its time limit, and the engine's timer, run from that day.
 */
@PlatformTest
class NoticeOpeningIT {

  private static final ZoneId OFFICE = ZoneId.of("Europe/Zurich");

  @LocalServerPort int port;
  @Autowired FilingService filings;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void noticeOpenedOnItsDispatchDayIsDeemedNotifiedThatDayAndItsTimeLimitRunsFromThere() {
    UUID id = fileDeficientMark("OPENED AT ONCE");
    Notice sent = onlyNotice(id);
    LocalDate dispatched = LocalDate.ofInstant(sent.dispatchedAt(), OFFICE);
    assertThat(sent.deemedNotifiedOn()).isEqualTo(dispatched.plusDays(7));

    Api.Response readByExaminer = api.get(noticePath(id, sent), Tokens.of("erin"));
    assertThat(readByExaminer.status()).isEqualTo(200);
    assertThat(onlyNotice(id).openedAt()).as("the office reading it opens nothing").isNull();

    Api.Response opened = api.get(noticePath(id, sent), Tokens.of("alice"));

    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(opened.json().path("deemedNotifiedOn").asString()).isEqualTo(dispatched.toString());
    Notice after = onlyNotice(id);
    assertThat(after.openedAt()).isNotNull();
    assertThat(after.deemedNotifiedOn()).isEqualTo(dispatched);
    assertThat(after.timeLimitLastDay()).isBefore(sent.timeLimitLastDay());
    assertThat(after.timeLimitLastDay()).isAfterOrEqualTo(dispatched.plusMonths(2));
    assertThat(timer(id).getDuedate().toInstant()).isEqualTo(after.timeLimitPasses());
    assertThat(runtime.getVariable(processOf(id), FilingProcess.Variables.TIME_LIMIT_EXPIRES))
        .isEqualTo(Date.from(after.timeLimitPasses()));

    Api.Response again = api.get(noticePath(id, sent), Tokens.of("alice"));
    assertThat(again.json().path("openedAt").asString())
        .as("only the first opening counts")
        .isEqualTo(opened.json().path("openedAt").asString());
    assertThat(filings.timeline(id))
        .extracting(TimelineEntry::name)
        .containsOnlyOnce("NOTICE_OPENED");
  }

  @Test
  void noticeOpenedAfterTheDaysAfterDispatchKeepsItsDeemedDate() {
    UUID id = fileDeficientMark("OPENED LATE");
    Notice sent = onlyNotice(id);
    ClockUtil.setCurrentTime(Date.from(sent.dispatchedAt().plus(Duration.ofDays(9))));

    Api.Response opened = api.get(noticePath(id, sent), Tokens.of("alice"));

    assertThat(opened.status()).isEqualTo(200);
    Notice after = onlyNotice(id);
    assertThat(after.openedAt()).isNotNull();
    assertThat(after.deemedNotifiedOn()).isEqualTo(sent.deemedNotifiedOn());
    assertThat(after.timeLimitPasses()).isEqualTo(sent.timeLimitPasses());
    assertThat(timer(id).getDuedate().toInstant()).isEqualTo(sent.timeLimitPasses());
  }

  @Test
  void anotherApplicantCannotOpenTheNotice() {
    UUID id = fileDeficientMark("NOT YOURS");
    Notice sent = onlyNotice(id);

    assertThat(api.get(noticePath(id, sent), Tokens.of("bob")).status()).isEqualTo(404);
    assertThat(api.get(noticePath(id, UUID.randomUUID()), Tokens.of("alice")).status())
        .isEqualTo(404);
    assertThat(onlyNotice(id).openedAt()).isNull();
  }

  private UUID fileDeficientMark(String text) {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark(text));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    UUID id = UUID.fromString(filed.json().path("id").asString());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !filings.notices(id).isEmpty() && timerOrNull(id) != null);
    return id;
  }

  private Notice onlyNotice(UUID id) {
    List<Notice> notices = filings.notices(id);
    assertThat(notices).hasSize(1);
    return notices.get(0);
  }

  private static String noticePath(UUID id, Notice notice) {
    return noticePath(id, notice.id());
  }

  private static String noticePath(UUID id, UUID noticeId) {
    return "/api/v1/filings/" + id + "/notices/" + noticeId;
  }

  private String processOf(UUID id) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(FilingProcess.PROCESS_KEY)
        .processInstanceBusinessKey(filings.get(id).applicationNumber().value())
        .singleResult()
        .getId();
  }

  private Job timer(UUID id) {
    Job job = timerOrNull(id);
    assertThat(job).isNotNull();
    return job;
  }

  private Job timerOrNull(UUID id) {
    return management.createJobQuery().processInstanceId(processOf(id)).timers().list().stream()
        .filter(j -> j.getDuedate().toInstant().isAfter(Instant.now().plus(Duration.ofDays(20))))
        .findFirst()
        .orElse(null);
  }
}
