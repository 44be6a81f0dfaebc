package org.ipflow.platform.document;

/** What a document is, for the procedure. */
public enum DocumentKind {
  /** The representation of a mark, as an image. */
  MARK_REPRESENTATION(Origin.APPLICANT),
  /** A reproduction (view) of a design. */
  DESIGN_REPRESENTATION(Origin.APPLICANT),
  /** The description of an invention (with claims and drawings), as a document. */
  DESCRIPTION(Origin.APPLICANT),
  /** Anything else the applicant files with the application or an answer. */
  SUPPORTING_DOCUMENT(Origin.APPLICANT),
  /** The sealed receipt the applicant gets at once for a filing. */
  FILING_RECEIPT(Origin.OFFICE),
  /** The sealed certificate of registration. */
  REGISTRATION_CERTIFICATE(Origin.OFFICE),
  /** A sealed notice of the office (deficiencies, missing elements, payment request, objection). */
  NOTICE(Origin.OFFICE),
  /** A decision (a refusal), signed by the officer who took it. */
  DECISION(Origin.OFFICE);

  private final Origin origin;

  DocumentKind(Origin origin) {
    this.origin = origin;
  }

  public Origin origin() {
    return origin;
  }

  /** Who produced a document. */
  public enum Origin {
    APPLICANT,
    OFFICE
  }
}
