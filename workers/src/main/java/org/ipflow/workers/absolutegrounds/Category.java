package org.ipflow.workers.absolutegrounds;

import java.util.Arrays;

/** The kinds of term list, named as in the list files' {@code category:} line. */
enum Category {
  DESCRIPTIVE("descriptive", "AG-DESCRIPTIVE", "a descriptive or laudatory term"),
  GEOGRAPHICAL("geographical", "AG-GEOGRAPHICAL", "a geographical term that may designate origin"),
  GENERIC("generic", "AG-GENERIC", "a generic name of goods or services"),
  FORBIDDEN_6TER(
      "forbidden-6ter",
      "AG-FORBIDDEN-6TER",
      "the name or abbreviation of an intergovernmental organisation"),
  FORBIDDEN_EMBLEM("forbidden-emblem", "AG-FORBIDDEN-EMBLEM", "the name of a protected emblem"),
  PUBLIC_ORDER(
      "public-order", "AG-PUBLIC-ORDER", "a term contrary to public policy or to morality"),
  /** Articles, prepositions, conjunctions: neither a finding nor a distinctive element. */
  FUNCTION_WORDS("function-words", null, "a function word");

  private final String fileName;
  private final String code;
  private final String description;

  Category(String fileName, String code, String description) {
    this.fileName = fileName;
    this.code = code;
    this.description = description;
  }

  static Category fromFileName(String name) {
    return Arrays.stream(values())
        .filter(c -> c.fileName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown term list category " + name));
  }

  String fileName() {
    return fileName;
  }

  String code() {
    return code;
  }

  String description() {
    return description;
  }

  /** Says something about the goods: can ground an objection only if it is all the mark says. */
  boolean describesGoods() {
    return this == DESCRIPTIVE || this == GEOGRAPHICAL || this == GENERIC;
  }

  /** Grounds an objection wherever it appears in the mark, even beside distinctive elements. */
  boolean forbidsTheSign() {
    return this == FORBIDDEN_6TER || this == FORBIDDEN_EMBLEM || this == PUBLIC_ORDER;
  }
}
