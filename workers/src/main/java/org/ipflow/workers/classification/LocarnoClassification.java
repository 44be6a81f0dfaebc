package org.ipflow.workers.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Locarno classification for industrial designs: 32 classes, their subclasses, and a matcher
 * that suggests a class and subclass for a product indication.
 */
final class LocarnoClassification {

  static final String EDITION = "Locarno Classification, 14th/15th edition class structure";

  private static final Pattern CODE = Pattern.compile("(\\d{2})-(\\d{2})");
  private static final Pattern CLASS = Pattern.compile("\\d{2}");
  private static final double HEADING_WEIGHT = 0.85;

  /** Why a declared Locarno value is not acceptable, or null when it is. */
  enum Problem {
    FORMAT,
    UNKNOWN_CLASS,
    UNKNOWN_SUBCLASS
  }

  private final Map<String, String> classHeadings;
  private final Map<String, String> subclassHeadings;
  private final TextMatcher matcher;
  private final String version;

  LocarnoClassification(DataFile file) {
    Map<String, String> classes = new TreeMap<>();
    Map<String, String> subclasses = new TreeMap<>();
    List<TextMatcher.Entry> entries = new ArrayList<>();
    for (String[] row : file.rows()) {
      if (CLASS.matcher(row[0]).matches()) {
        classes.put(row[0], row[1]);
        continue;
      }
      if (!CODE.matcher(row[0]).matches()) {
        throw new IllegalStateException("not a Locarno class or subclass: " + row[0]);
      }
      subclasses.put(row[0], row[1]);
      // Subclass headings are lists ("Trunks, suitcases, briefcases"): each item is a wording.
      for (String item : row[1].split("[,;]")) {
        entries.add(new TextMatcher.Entry(item, row[0], HEADING_WEIGHT));
      }
      if (row.length > 2) {
        for (String product : row[2].split(";")) {
          if (!product.isBlank()) {
            entries.add(new TextMatcher.Entry(product, row[0], 1.0));
          }
        }
      }
    }
    if (classes.size() != 32) {
      throw new IllegalStateException("the Locarno file must list 32 classes");
    }
    for (String subclass : subclasses.keySet()) {
      if (!classes.containsKey(subclass.substring(0, 2))) {
        throw new IllegalStateException("subclass " + subclass + " has no class");
      }
    }
    this.classHeadings = Collections.unmodifiableMap(classes);
    this.subclassHeadings = Collections.unmodifiableMap(subclasses);
    this.matcher = new TextMatcher(entries, TextMatcher.Settings.DEFAULT);
    this.version =
        "locarno-14/ipflow "
            + file.fingerprint()
            + " ("
            + classes.size()
            + " classes, "
            + subclasses.size()
            + " subclasses)";
  }

  /** Null when {@code code} is an existing "cc-ss" subclass, otherwise what is wrong with it. */
  Problem problem(String code) {
    Matcher m = code == null ? null : CODE.matcher(code.trim());
    if (m == null || !m.matches()) {
      return Problem.FORMAT;
    }
    if (!classHeadings.containsKey(m.group(1))) {
      return Problem.UNKNOWN_CLASS;
    }
    return subclassHeadings.containsKey(code.trim()) ? null : Problem.UNKNOWN_SUBCLASS;
  }

  String classHeading(String locarnoClass) {
    return classHeadings.get(locarnoClass);
  }

  String subclassHeading(String subclass) {
    return subclassHeadings.get(subclass);
  }

  /** Subclasses from most to least likely for a product indication. */
  List<TextMatcher.Match> rankSubclasses(String product) {
    return matcher.rank(product);
  }

  /**
   * Classes from most to least likely: a class is as likely as its subclasses together, since the
   * subclass confidences share one distribution.
   */
  static List<TextMatcher.Match> classesOf(List<TextMatcher.Match> subclasses) {
    Map<String, Double> byClass = new LinkedHashMap<>();
    for (TextMatcher.Match match : subclasses) {
      byClass.merge(match.label().substring(0, 2), match.confidence(), Double::sum);
    }
    List<TextMatcher.Match> classes = new ArrayList<>();
    byClass.forEach((c, confidence) -> classes.add(new TextMatcher.Match(c, confidence)));
    classes.sort(
        (a, b) ->
            a.confidence() != b.confidence()
                ? Double.compare(b.confidence(), a.confidence())
                : a.label().compareTo(b.label()));
    return classes;
  }

  String version() {
    return version;
  }
}
