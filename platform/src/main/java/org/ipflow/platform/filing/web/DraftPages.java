package org.ipflow.platform.filing.web;

import java.util.UUID;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemsAsPages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The applications in progress that "My filings" lists: continue one in the wizard, or delete it.
 * Only the caller's own drafts; anyone else's is a 404.
 */
@Controller
@ProblemsAsPages
class DraftPages {

  private final FilingDrafts drafts;

  DraftPages(FilingDrafts drafts) {
    this.drafts = drafts;
  }

  @PostMapping("/portal/drafts/{id}/continue")
  String resume(@PathVariable UUID id, Authentication caller) {
    if (!drafts.resume(CurrentUser.of(caller).subject(), id)) {
      throw ApiProblem.notFound("The application in progress " + id);
    }
    return "redirect:/portal/filings/new";
  }

  @PostMapping("/portal/drafts/{id}/delete")
  String delete(@PathVariable UUID id, Authentication caller) {
    if (!drafts.delete(CurrentUser.of(caller).subject(), id)) {
      throw ApiProblem.notFound("The application in progress " + id);
    }
    return "redirect:/portal/filings?deleted";
  }
}
