package org.ipflow.platform.filing;

import java.util.UUID;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a filing, for every service that serves a user. The party who filed it (an
 * applicant, or an agent filing for a client) and the office's staff read it; only the party who
 * filed it acts for the applicant. To anyone else the filing does not exist: 404, not 403, so that
 * ids cannot be probed.
 */
@Component
public class FilingAccess {

  private final FilingRepository filings;

  FilingAccess(FilingRepository filings) {
    this.filings = filings;
  }

  /** The filing, if {@code user} may read it; else 404. */
  public Filing readable(UUID id, CurrentUser user) {
    return filings
        .find(id)
        .filter(filing -> mayRead(filing, user))
        .orElseThrow(() -> ApiProblem.notFound("Filing " + id));
  }

  /** The filing, if {@code user} filed it; 403 for the staff, who read but do not act for it. */
  public Filing actable(UUID id, CurrentUser user) {
    Filing filing = readable(id, user);
    if (!filedBy(filing, user)) {
      throw ApiProblem.forbidden("Only the applicant who filed it may act for this application.");
    }
    return filing;
  }

  public static boolean mayRead(Filing filing, CurrentUser user) {
    return user.isOfficeStaff() || filedBy(filing, user);
  }

  public static boolean filedBy(Filing filing, CurrentUser user) {
    return filing.filedBy().equals(user.subject());
  }
}
