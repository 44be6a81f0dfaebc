package org.ipflow.platform.contest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemPages;
import org.ipflow.platform.web.ProblemResponses;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Contesting an automated decision from the portal's filing page (GDPR Art. 22): the same service
 * as the API's contest, which opens an examiner's review. Grounds are required; without them the
 * applicant is sent back to the decision with a field error.
 */
@Controller
class ContestPages {

  static final int MAX_GROUNDS = 20_000;

  private final ContestService contests;
  private final FilingService filings;
  private final ProblemResponses problems;

  ContestPages(ContestService contests, FilingService filings, ProblemResponses problems) {
    this.contests = contests;
    this.filings = filings;
    this.problems = problems;
  }

  @PostMapping("/portal/filings/{id}/decisions/{decisionId}/contest")
  String contest(
      @PathVariable UUID id,
      @PathVariable UUID decisionId,
      @RequestParam(name = "grounds", required = false) String grounds,
      Authentication caller) {
    CurrentUser user = CurrentUser.of(caller);
    filings.actable(id, user);
    String page = "redirect:/portal/filings/" + id;
    if (grounds == null || grounds.isBlank() || grounds.length() > MAX_GROUNDS) {
      return page + "?contestError=" + decisionId + "#decision-" + decisionId;
    }
    contests.contest(id, decisionId, grounds.strip(), user);
    return page + "?contested#timeline";
  }

  @ExceptionHandler(ApiProblem.class)
  ModelAndView problem(
      ApiProblem problem,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication caller)
      throws IOException {
    return ProblemPages.problem(
        problem, request, response, problems, CurrentUser.userNameOf(caller));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badId(
      MethodArgumentTypeMismatchException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication caller)
      throws IOException {
    return problem(ApiProblem.notFound("'" + e.getValue() + "'"), request, response, caller);
  }
}
