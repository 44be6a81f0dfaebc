package org.ipflow.platform.filing.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON body of {@code POST /api/v1/filings} (and of an answer to a notice). One shape for every
 * right; the parts a right does not use stay out.
 */
record FilingRequest(
    String ipRight,
    String languageOfProceedings,
    Applicant applicant,
    Representative representative,
    Mark mark,
    List<ClassTerms> goodsAndServices,
    List<Design> designs,
    Integer deferPublicationMonths,
    Invention invention,
    List<Priority> priorityClaims,
    List<Document> documents,
    Payment payment) {

  /**
   * @param kind {@code NATURAL_PERSON} or {@code LEGAL_ENTITY} (default)
   * @param sme a legal entity's declaration that it is a small or medium-sized enterprise
   */
  record Applicant(
      String name,
      String country,
      String address,
      String email,
      String kind,
      Boolean sme,
      GlobalId globalId) {}

  record Representative(
      String name, String country, String address, String email, GlobalId globalId) {}

  /** An optional global identifier of the party: {@code {"scheme": "LEI", "value": "…"}}. */
  record GlobalId(String scheme, String value) {}

  record Mark(String text) {}

  record ClassTerms(Integer niceClass, List<String> terms) {}

  record Design(String productIndication, String locarnoClass) {}

  record Invention(
      String title,
      String description,
      Integer claimsCount,
      Priority earlierApplication,
      List<String> ipcSymbols) {}

  /** A claimed priority, or the reference to an earlier application; date in ISO 8601. */
  record Priority(String office, String applicationNumber, String date) {}

  /** A document inline, its bytes in base64. */
  record Document(String kind, String fileName, String mediaType, String content) {}

  /** A payment made with the filing through the payment provider. */
  record Payment(BigDecimal amount, String currency, String reference) {}
}
