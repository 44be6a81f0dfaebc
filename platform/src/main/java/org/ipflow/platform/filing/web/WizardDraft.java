package org.ipflow.platform.filing.web;

import java.util.List;
import java.util.UUID;

/**
 * An application in progress in the portal's wizard: the filing request it will submit, in the very
 * shape of the API's JSON body (so that submitting it runs the API's checks), and the wizard's own
 * choices that are no part of the request.
 *
 * @param id names this draft: its submission's idempotency key, so a double submit files once
 * @param step the step the applicant last saved: where a new visit continues
 * @param markKind {@code WORD} (the text is the mark) or {@code FIGURATIVE} (an image is filed)
 */
record WizardDraft(String id, String step, String markKind, FilingRequest filing) {

  static final String WORD = "WORD";
  static final String FIGURATIVE = "FIGURATIVE";

  static WizardDraft start(String language) {
    return new WizardDraft(
        UUID.randomUUID().toString(),
        "right",
        WORD,
        new FilingRequest(
            null, language, null, null, null, null, null, null, null, null, null, null));
  }

  WizardDraft with(FilingRequest changed) {
    return new WizardDraft(id, step, markKind, changed);
  }

  WizardDraft withMarkKind(String kind) {
    return new WizardDraft(id, step, kind, filing);
  }

  WizardDraft at(String reached) {
    return new WizardDraft(id, reached, markKind, filing);
  }

  public List<FilingRequest.Document> documents() {
    return filing.documents() == null ? List.of() : filing.documents();
  }

  /** The request with another right: the parts of the former right go. */
  static FilingRequest rightChanged(FilingRequest f, String right, String language) {
    boolean same = right != null && right.equals(f.ipRight());
    return new FilingRequest(
        right,
        language,
        f.applicant(),
        f.representative(),
        same ? f.mark() : null,
        same ? f.goodsAndServices() : null,
        same ? f.designs() : null,
        same ? f.deferPublicationMonths() : null,
        same ? f.invention() : null,
        f.priorityClaims(),
        same ? f.documents() : null,
        null);
  }

  static FilingRequest parties(
      FilingRequest f, FilingRequest.Applicant applicant, FilingRequest.Representative rep) {
    return new FilingRequest(
        f.ipRight(),
        f.languageOfProceedings(),
        applicant,
        rep,
        f.mark(),
        f.goodsAndServices(),
        f.designs(),
        f.deferPublicationMonths(),
        f.invention(),
        f.priorityClaims(),
        f.documents(),
        f.payment());
  }

  static FilingRequest subject(
      FilingRequest f,
      FilingRequest.Mark mark,
      List<FilingRequest.ClassTerms> goods,
      List<FilingRequest.Design> designs,
      Integer deferment,
      FilingRequest.Invention invention) {
    return new FilingRequest(
        f.ipRight(),
        f.languageOfProceedings(),
        f.applicant(),
        f.representative(),
        mark,
        goods,
        designs,
        deferment,
        invention,
        f.priorityClaims(),
        f.documents(),
        f.payment());
  }

  static FilingRequest priorities(FilingRequest f, List<FilingRequest.Priority> claims) {
    return new FilingRequest(
        f.ipRight(),
        f.languageOfProceedings(),
        f.applicant(),
        f.representative(),
        f.mark(),
        f.goodsAndServices(),
        f.designs(),
        f.deferPublicationMonths(),
        f.invention(),
        claims.isEmpty() ? null : claims,
        f.documents(),
        f.payment());
  }

  static FilingRequest documents(FilingRequest f, List<FilingRequest.Document> documents) {
    return new FilingRequest(
        f.ipRight(),
        f.languageOfProceedings(),
        f.applicant(),
        f.representative(),
        f.mark(),
        f.goodsAndServices(),
        f.designs(),
        f.deferPublicationMonths(),
        f.invention(),
        f.priorityClaims(),
        documents.isEmpty() ? null : documents,
        f.payment());
  }
}
