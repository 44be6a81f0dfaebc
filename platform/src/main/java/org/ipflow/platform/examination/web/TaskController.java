package org.ipflow.platform.examination.web;

import java.util.List;
import java.util.UUID;
import org.ipflow.platform.examination.ExaminationService;
import org.ipflow.platform.examination.ExaminationTask;
import org.ipflow.platform.examination.ExaminerDecision;
import org.ipflow.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The examiner's task list and decisions. */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskController {

  private final ExaminationService examination;

  TaskController(ExaminationService examination) {
    this.examination = examination;
  }

  /** The open tasks of the caller's queues, optionally only those of one filing. */
  @GetMapping
  List<ExaminationTask> openTasks(
      @RequestParam(required = false) UUID filingId, @AuthenticationPrincipal Jwt jwt) {
    List<ExaminationTask> tasks = examination.openTasks(CurrentUser.of(jwt));
    return filingId == null
        ? tasks
        : tasks.stream().filter(t -> t.filingId().equals(filingId)).toList();
  }

  @PostMapping(path = "/{taskId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  ExaminationTask decide(
      @PathVariable String taskId,
      @RequestBody ExaminerDecision decision,
      @AuthenticationPrincipal Jwt jwt) {
    return examination.decide(taskId, decision, CurrentUser.of(jwt));
  }
}
