package org.ipflow.workers.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Nice classification as IPFlow knows it: 45 class headings and a term list, and a matcher that
 * suggests classes for a goods or services wording.
 */
final class NiceClassification {

  static final String EDITION = "Nice Classification, 12th edition class structure";
  static final int FIRST_CLASS = 1;
  static final int LAST_CLASS = 45;
  static final int LAST_GOODS_CLASS = 34;

  /** Matches on a class heading count a little less than matches on a term of the class. */
  private static final double HEADING_WEIGHT = 0.85;

  private final Map<Integer, String> titles;
  private final Map<Integer, String> headings;
  private final List<TextMatcher.Entry> terms;
  private final TextMatcher matcher;
  private final String version;

  NiceClassification(DataFile classes, DataFile termList) {
    Map<Integer, String> titleMap = new TreeMap<>();
    Map<Integer, String> headingMap = new TreeMap<>();
    List<TextMatcher.Entry> entries = new ArrayList<>();
    for (String[] row : classes.rows()) {
      int niceClass = Integer.parseInt(row[0]);
      titleMap.put(niceClass, row[1]);
      headingMap.put(niceClass, row[2]);
      for (String segment : row[2].split(";")) {
        entries.add(new TextMatcher.Entry(segment, row[0], HEADING_WEIGHT));
      }
    }
    if (titleMap.size() != LAST_CLASS) {
      throw new IllegalStateException("the Nice heading file must list 45 classes");
    }
    List<TextMatcher.Entry> termEntries = new ArrayList<>();
    for (String[] row : termList.rows()) {
      int niceClass = Integer.parseInt(row[1]);
      if (!titleMap.containsKey(niceClass)) {
        throw new IllegalStateException("term '" + row[0] + "' is in unknown class " + row[1]);
      }
      termEntries.add(new TextMatcher.Entry(row[0], row[1], 1.0));
    }
    entries.addAll(termEntries);
    this.titles = Collections.unmodifiableMap(titleMap);
    this.headings = Collections.unmodifiableMap(headingMap);
    this.terms = List.copyOf(termEntries);
    this.matcher = new TextMatcher(entries, TextMatcher.Settings.DEFAULT);
    this.version =
        "nice-12/ipflow headings "
            + classes.fingerprint()
            + ", terms "
            + termList.fingerprint()
            + " ("
            + termEntries.size()
            + " terms)";
  }

  static boolean isValidClass(int niceClass) {
    return niceClass >= FIRST_CLASS && niceClass <= LAST_CLASS;
  }

  String title(int niceClass) {
    return titles.get(niceClass);
  }

  String heading(int niceClass) {
    return headings.get(niceClass);
  }

  /** The term list the matcher was built from (headings excluded). */
  List<TextMatcher.Entry> terms() {
    return terms;
  }

  TextMatcher matcher() {
    return matcher;
  }

  String version() {
    return version;
  }
}
