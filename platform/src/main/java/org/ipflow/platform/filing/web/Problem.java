package org.ipflow.platform.filing.web;

import java.util.List;
import java.util.Map;

/**
 * One thing wrong with an application in the wizard: where (a JSON pointer into the filing request,
 * as the API names it), the message key the pages say it with, and the API's own words.
 */
record Problem(String pointer, String key, String detail) {

  /** The API's details and the message that says each in the reader's language. */
  private static final List<Map.Entry<String, String>> KEYS =
      List.of(
          Map.entry("is required: one of", "wizard.error.right"),
          Map.entry("unknown IP right", "wizard.error.right"),
          Map.entry("is required (ISO 8601", "wizard.error.date"),
          Map.entry("is required", "wizard.error.required"),
          Map.entry("unknown Nice class", "wizard.error.niceClass"),
          Map.entry("lies in the future", "wizard.error.futureDate"),
          Map.entry("is not an ISO 8601 date", "wizard.error.date"),
          Map.entry("the office's two-letter", "wizard.error.office"),
          Map.entry("an ISO 639-1 code", "wizard.error.language"),
          Map.entry("only a legal entity", "wizard.error.sme"),
          Map.entry("must be NATURAL_PERSON", "wizard.error.kind"),
          Map.entry("must be one of", "wizard.error.choice"),
          Map.entry("a representation is a PNG or JPEG", "wizard.error.representationImage"),
          Map.entry("the bytes are not a", "wizard.error.file.content"),
          Map.entry("a plain file name", "wizard.error.file.name"),
          Map.entry("contains the control character", "wizard.error.text"),
          Map.entry("is not valid Unicode", "wizard.error.text"),
          Map.entry("between", "wizard.error.range"),
          Map.entry("at most", "wizard.error.tooMany"));

  static Problem of(String pointer, String key) {
    return new Problem(pointer, key, key);
  }

  static String key(String detail) {
    if (detail == null) {
      return "wizard.error.other";
    }
    return KEYS.stream()
        .filter(e -> detail.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("wizard.error.other");
  }

  /**
   * The id of the page's field for a pointer: {@code /applicant/name} is {@code applicant-name}.
   */
  static String fieldId(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return "filing";
    }
    String id = pointer.substring(1).replace('/', '-');
    // Terms are typed in one text area per class.
    return id.replaceFirst("^(goodsAndServices-\\d+-terms)-\\d+$", "$1");
  }

  /** The step whose fields hold what a pointer names. */
  static FilingWizard.Step stepOf(String pointer) {
    String p = pointer == null ? "" : pointer;
    if (p.startsWith("/ipRight") || p.startsWith("/languageOfProceedings")) {
      return FilingWizard.Step.RIGHT;
    }
    if (p.startsWith("/applicant") || p.startsWith("/representative")) {
      return FilingWizard.Step.WHO;
    }
    if (p.startsWith("/goodsAndServices")
        || p.startsWith("/deferPublicationMonths")
        || p.startsWith("/invention/claimsCount")
        || p.startsWith("/invention/ipcSymbols")
        || p.matches("/designs/\\d+/locarnoClass")) {
      return FilingWizard.Step.CLASSES;
    }
    if (p.startsWith("/mark") || p.startsWith("/invention") || p.startsWith("/designs")) {
      return FilingWizard.Step.WHAT;
    }
    if (p.startsWith("/priorityClaims")) {
      return FilingWizard.Step.PRIORITY;
    }
    if (p.startsWith("/documents") || p.startsWith("/upload")) {
      return FilingWizard.Step.DOCUMENTS;
    }
    return FilingWizard.Step.REVIEW;
  }
}
