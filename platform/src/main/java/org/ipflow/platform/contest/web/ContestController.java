package org.ipflow.platform.contest.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.contest.Contest;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.StorableText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant contests an automated decision of its filing (each decision of the timeline has its
 * ledger id) and follows the review; the office's staff may read the contests.
 */
@RestController
class ContestController {

  private static final int MAX_GROUNDS = 20_000;

  private final ContestService contests;
  private final FilingService filings;

  ContestController(ContestService contests, FilingService filings) {
    this.contests = contests;
    this.filings = filings;
  }

  record ContestRequest(String grounds) {}

  @PostMapping(
      path = "/api/v1/filings/{filingId}/decisions/{decisionId}/contest",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Contest> contest(
      @PathVariable UUID filingId,
      @PathVariable UUID decisionId,
      @RequestBody ContestRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    filings.actable(filingId, user);
    if (request == null
        || request.grounds() == null
        || request.grounds().isBlank()
        || request.grounds().length() > MAX_GROUNDS) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-contest",
          "Invalid contest",
          "A contest states why the decision is wrong.",
          List.of(
              new ApiProblem.FieldError(
                  "/grounds", "is required, up to " + MAX_GROUNDS + " characters")));
    }
    StorableText.problem(request.grounds())
        .ifPresent(
            problem -> {
              throw new ApiProblem(
                  HttpStatus.BAD_REQUEST,
                  "invalid-contest",
                  "Invalid contest",
                  "The grounds of the contest " + problem + ".",
                  List.of(new ApiProblem.FieldError("/grounds", problem)));
            });
    Contest contest = contests.contest(filingId, decisionId, request.grounds(), user);
    return ResponseEntity.created(
            URI.create("/api/v1/filings/" + filingId + "/contests/" + contest.id()))
        .body(contest);
  }

  @GetMapping(
      path = "/api/v1/filings/{filingId}/contests",
      produces = MediaType.APPLICATION_JSON_VALUE)
  List<Contest> contests(@PathVariable UUID filingId, @AuthenticationPrincipal Jwt jwt) {
    return contests.forFiling(filingId, CurrentUser.of(jwt));
  }

  @GetMapping(
      path = "/api/v1/filings/{filingId}/contests/{contestId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Contest contest(
      @PathVariable UUID filingId, @PathVariable UUID contestId, @AuthenticationPrincipal Jwt jwt) {
    return contests.read(filingId, contestId, CurrentUser.of(jwt));
  }
}
