package org.ipflow.platform.engine;

import java.util.Map;
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
    Map<DocumentKind, Long> documents = filings.documentCounts(filing.id());
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
        documents.getOrDefault(DocumentKind.MARK_REPRESENTATION, 0L) > 0,
        content.goodsAndServices().stream()
            .map(c -> new Application.ClassTerms(c.niceClass(), c.terms()))
            .toList(),
        content.designs().stream()
            .map(d -> new Application.Design(d.productIndication(), d.locarnoClass()))
            .toList(),
        documents.getOrDefault(DocumentKind.DESIGN_REPRESENTATION, 0L).intValue(),
        invention == null
            ? null
            : new Application.Invention(
                invention.title(),
                invention.description(),
                invention.claimsCount(),
                claim(invention.earlierApplication()),
                invention.ipcSymbols()),
        documents.getOrDefault(DocumentKind.DESCRIPTION, 0L) > 0,
        content.priorityClaims().stream().map(Applications::claim).toList());
  }

  private static Application.PriorityClaim claim(Filing.PriorityClaim claim) {
    return claim == null
        ? null
        : new Application.PriorityClaim(claim.office(), claim.applicationNumber(), claim.date());
  }
}
