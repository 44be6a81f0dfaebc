package org.ipflow.platform.filing.web;

import java.util.List;

/** The JSON body of {@code POST /api/v1/filings} (and of a deficiency response). */
record FilingRequest(
    String ipRight,
    Applicant applicant,
    Mark mark,
    List<ClassTerms> goodsAndServices,
    List<Document> documents) {

  record Applicant(String name, String country, String address, String email) {}

  record Mark(String text) {}

  record ClassTerms(Integer niceClass, List<String> terms) {}

  /** A document inline, its bytes in base64. */
  record Document(String kind, String fileName, String mediaType, String content) {}
}
