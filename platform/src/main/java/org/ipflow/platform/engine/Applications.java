package org.ipflow.platform.engine;

import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.workers.application.Application;
import org.springframework.stereotype.Component;

/** Builds what the automated decisions read from what the office holds of a filing. */
@Component
class Applications {

  private final FilingService filings;

  Applications(FilingService filings) {
    this.filings = filings;
  }

  Application of(Filing filing) {
    Filing.Content content = filing.content();
    Filing.Applicant applicant = content.applicant();
    Filing.Invention invention = content.invention();
    return new Application(
        Application.Right.valueOf(filing.ipRight().name()),
        content.languageOfProceedings(),
        new Application.Party(
            applicant.name(),
            applicant.country(),
            applicant.address(),
            applicant.kind(),
            applicant.sme()),
        content.representative() == null
            ? null
            : new Application.Party(
                content.representative().name(),
                content.representative().country(),
                content.representative().address(),
                "REPRESENTATIVE",
                false),
        content.mark().text(),
        filings.hasDocument(filing.id(), DocumentKind.MARK_REPRESENTATION),
        content.goodsAndServices().stream()
            .map(c -> new Application.ClassTerms(c.niceClass(), c.terms()))
            .toList(),
        content.designs().stream()
            .map(d -> new Application.Design(d.productIndication(), d.locarnoClass()))
            .toList(),
        (int) filings.countDocuments(filing.id(), DocumentKind.DESIGN_REPRESENTATION),
        invention == null
            ? null
            : new Application.Invention(
                invention.title(),
                invention.description(),
                invention.claimsCount(),
                claim(invention.earlierApplication()),
                invention.ipcSymbols()),
        filings.hasDocument(filing.id(), DocumentKind.DESCRIPTION),
        content.priorityClaims().stream().map(Applications::claim).toList());
  }

  private static Application.PriorityClaim claim(Filing.PriorityClaim claim) {
    return claim == null
        ? null
        : new Application.PriorityClaim(claim.office(), claim.applicationNumber(), claim.date());
  }
}
