package org.ipflow.workers.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The International Patent Classification down to class level (8 sections, their classes), the
 * format of a full IPC symbol, and a keyword matcher that suggests a class from a title.
 */
final class IpcClassification {

  static final String EDITION = "IPC 2024.01 section and class structure";

  /** Section letter, two-digit class, subclass letter, main group / subgroup: "A61K 31/00". */
  private static final Pattern SYMBOL =
      Pattern.compile("([A-Z])(\\d{2})([A-Z])\\s*(\\d{1,4})\\s*/\\s*(\\d{2,6})");

  private static final Pattern SECTION = Pattern.compile("[A-H]");
  private static final Pattern CLASS = Pattern.compile("[A-H]\\d{2}");
  private static final double TITLE_WEIGHT = 0.85;

  /** Why a declared IPC symbol is not acceptable. */
  enum Problem {
    FORMAT,
    UNKNOWN_SECTION,
    UNKNOWN_CLASS
  }

  /**
   * A declared symbol after checking: its canonical form, or what is wrong with it.
   *
   * @param declared the symbol as filed
   * @param canonical the symbol written the standard way ("A61K 31/00"), or null if unreadable
   * @param problem what is wrong, or null when section and class exist and the format is right
   */
  record Check(String declared, String canonical, Problem problem) {}

  private final Map<String, String> sections;
  private final Map<String, String> classes;
  private final TextMatcher matcher;
  private final String version;

  IpcClassification(DataFile file) {
    Map<String, String> sectionMap = new TreeMap<>();
    Map<String, String> classMap = new TreeMap<>();
    List<TextMatcher.Entry> entries = new ArrayList<>();
    for (String[] row : file.rows()) {
      if (SECTION.matcher(row[0]).matches()) {
        sectionMap.put(row[0], row[1]);
      } else if (CLASS.matcher(row[0]).matches()) {
        classMap.put(row[0], row[1]);
        for (String part : row[1].split("[,;]")) {
          entries.add(new TextMatcher.Entry(part, row[0], TITLE_WEIGHT));
        }
        if (row.length > 2) {
          for (String keyword : row[2].split(";")) {
            entries.add(new TextMatcher.Entry(keyword, row[0], 1.0));
          }
        }
      } else {
        throw new IllegalStateException("not an IPC section or class: " + row[0]);
      }
    }
    if (sectionMap.size() != 8) {
      throw new IllegalStateException("the IPC file must list the 8 sections A-H");
    }
    this.sections = Collections.unmodifiableMap(sectionMap);
    this.classes = Collections.unmodifiableMap(classMap);
    this.matcher = new TextMatcher(entries, TextMatcher.Settings.DEFAULT);
    this.version =
        "ipc-2024.01/ipflow " + file.fingerprint() + " (" + classMap.size() + " classes)";
  }

  Check check(String declared) {
    String value = declared == null ? "" : declared.trim().toUpperCase(Locale.ROOT);
    Matcher m = SYMBOL.matcher(value);
    if (!m.matches()) {
      return new Check(declared, null, Problem.FORMAT);
    }
    String canonical = m.group(1) + m.group(2) + m.group(3) + " " + m.group(4) + "/" + m.group(5);
    if (!sections.containsKey(m.group(1))) {
      return new Check(declared, canonical, Problem.UNKNOWN_SECTION);
    }
    if (!classes.containsKey(m.group(1) + m.group(2))) {
      return new Check(declared, canonical, Problem.UNKNOWN_CLASS);
    }
    return new Check(declared, canonical, null);
  }

  String sectionTitle(String section) {
    return sections.get(section);
  }

  String classTitle(String ipcClass) {
    return classes.get(ipcClass);
  }

  /** IPC classes from most to least likely for a title (and abstract). */
  List<TextMatcher.Match> rankClasses(String text) {
    return matcher.rank(text);
  }

  String version() {
    return version;
  }
}
