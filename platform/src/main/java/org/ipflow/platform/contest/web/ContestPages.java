package org.ipflow.platform.contest.web;

import java.util.UUID;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ProblemsAsPages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Contesting an automated decision from the portal's filing page (GDPR Art. 22): the same service
 * as the API's contest, which opens an examiner's review. Grounds are required; without them the
 * applicant is sent back to the decision with a field error.
 */
@Controller
@ProblemsAsPages
class ContestPages {

  static final int MAX_GROUNDS = 20_000;

  private final ContestService contests;
  private final FilingService filings;

  ContestPages(ContestService contests, FilingService filings) {
    this.contests = contests;
    this.filings = filings;
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
}
