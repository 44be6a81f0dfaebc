package org.ipflow.platform.search;

import java.util.Set;
import java.util.TreeSet;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatusChanged;
import org.ipflow.platform.filing.IpRight;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the searched register in step with the procedure, in the transaction that changed the
 * filing: a mark enters it when published, and its status follows registration, refusal and
 * withdrawal (refused or withdrawn marks stay, but are no earlier rights).
 */
@Component
class RegisterFollowsFilings {

  private final RegisterSearch register;
  private final FilingService filings;

  RegisterFollowsFilings(RegisterSearch register, FilingService filings) {
    this.register = register;
    this.filings = filings;
  }

  @EventListener
  void on(FilingStatusChanged change) {
    RegisterStatus status =
        switch (change.status()) {
          case PUBLISHED -> RegisterStatus.PUBLISHED;
          case REGISTERED -> RegisterStatus.REGISTERED;
          case REFUSED -> RegisterStatus.REFUSED;
          case WITHDRAWN -> RegisterStatus.WITHDRAWN;
          default -> null;
        };
    if (status == null) {
      return;
    }
    Filing filing = filings.get(change.filingId());
    if (filing.ipRight() != IpRight.TRADEMARK
        || filing.mark() == null
        || filing.mark().text() == null
        || filing.mark().text().isBlank()
        || filing.goodsAndServices().isEmpty()) {
      return; // only word marks with goods or services can be searched
    }
    String registrationNumber =
        filing.registration() == null ? null : filing.registration().number();
    if (status.isEarlierRight()) {
      register.index(
          new IndexedMark(
              filing.id(),
              filing.applicationNumber().value(),
              registrationNumber,
              filing.mark().text(),
              classes(filing),
              status,
              filing.applicant() == null ? null : filing.applicant().name(),
              filing.seniority()));
    } else {
      // Not in the register unless it was published: then it stays there, as no earlier right.
      register.statusChanged(filing.id(), status, registrationNumber);
    }
  }

  private static Set<Integer> classes(Filing filing) {
    Set<Integer> classes = new TreeSet<>();
    filing.goodsAndServices().forEach(c -> classes.add(c.niceClass()));
    return classes;
  }
}
