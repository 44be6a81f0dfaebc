package org.ipflow.workers.absolutegrounds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A listed term found in the mark.
 *
 * @param category what kind of term it is
 * @param matched the words of the mark as filed, e.g. "B3ST" or "CROIX-ROUGE"
 * @param readAs how the matched words were read when look-alike characters were undone ("best"), or
 *     null when they were read as written
 * @param terms the list terms matched, as written in the lists
 * @param languages the languages of the lists that hold the term
 * @param lists the ids of those lists
 * @param classes the declared Nice classes the term is generic or descriptive for; empty when the
 *     term is so for any goods
 * @param basis the ground the lists cite for it
 * @param classesKnown false when the term depends on the goods but the input declared no class
 * @param groundsObjection whether this finding, taken alone, would ground an objection
 */
record Finding(
    Category category,
    String matched,
    String readAs,
    List<String> terms,
    List<String> languages,
    List<String> lists,
    List<Integer> classes,
    String basis,
    boolean classesKnown,
    boolean groundsObjection) {

  /** The reason's sentence: what was found, where it is listed, the ground, what follows. */
  String text() {
    StringBuilder text = new StringBuilder();
    text.append('\'').append(matched).append('\'');
    if (readAs != null) {
      text.append(" (read as '").append(readAs).append("')");
    }
    text.append(" is ").append(category.description());
    if (!classes.isEmpty()) {
      text.append(classes.size() == 1 ? " for class " : " for classes ")
          .append(classes.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    text.append(" (")
        .append(String.join(", ", languages))
        .append(": '")
        .append(String.join("' / '", terms))
        .append("'). Ground: ")
        .append(basis)
        .append(". ")
        .append(consequence());
    return text.toString();
  }

  /**
   * The values of {@link #text}: the words matched, how they were read (or empty), the category (a
   * term), the classes, the languages, the terms, the ground and the consequence (a term).
   */
  List<String> args() {
    return List.of(
        matched,
        readAs == null ? "" : readAs,
        "~ag." + category.name(),
        classes.stream().map(String::valueOf).collect(Collectors.joining(", ")),
        String.join(", ", languages),
        String.join("' / '", terms),
        basis,
        "~ag.consequence." + consequenceKind());
  }

  private String consequenceKind() {
    if (category == Category.PUBLIC_ORDER) {
      return "publicOrder";
    }
    if (category.forbidsTheSign()) {
      return "forbidden";
    }
    if (!classesKnown) {
      return "noClass";
    }
    return groundsObjection ? "objection" : "note";
  }

  private String consequence() {
    if (category == Category.PUBLIC_ORDER) {
      return "Objection suggested; the examiner judges the mark as a whole and in its context.";
    }
    if (category.forbidsTheSign()) {
      return "Not registrable, even as one element of a mark, without the authorisation of the"
          + " body concerned: objection suggested.";
    }
    if (!classesKnown) {
      return "No Nice class was declared, so whether it names or describes the goods is for the"
          + " examiner.";
    }
    if (groundsObjection) {
      return "The mark consists only of such terms: objection suggested.";
    }
    return "The mark has other elements: a note for the examiner, not a ground on its own.";
  }

  /** The finding as plain JSON-serialisable values, for the decision's outputs. */
  Map<String, Object> toOutput() {
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("code", category.code());
    output.put("category", category.fileName());
    output.put("matched", matched);
    output.put("readAs", readAs);
    output.put("terms", terms);
    output.put("languages", languages);
    output.put("lists", lists);
    output.put("classes", classes);
    output.put("basis", basis);
    output.put("groundsObjection", groundsObjection);
    return output;
  }
}
