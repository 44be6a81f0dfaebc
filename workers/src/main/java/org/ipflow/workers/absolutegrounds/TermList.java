package org.ipflow.workers.absolutegrounds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * One term list file: one language, one category. The format, line by line:
 *
 * <pre>
 * # comment (also after a term)
 * version: 2025.1                    the list's own version, required
 * language: en                       ISO 639-1 code, or "mul" for language-neutral terms
 * category: generic                  see {@link Category}
 * basis: EU TMD Art. 4(1)(d) ...     the ground the following terms rest on; may change mid-file
 * watch | 14                         a term, optionally limited to Nice classes (14, 29-33)
 * red cross                          a multiword term; matched as words, or written as one word
 * </pre>
 *
 * @param id {@code category.language}, e.g. {@code generic.en}
 * @param version the {@code version:} line plus a hash of the exact bytes, so a silent edit shows
 */
record TermList(
    String id, String language, Category category, String version, List<Entry> entries) {

  private static final int FIRST_NICE_CLASS = 1;
  private static final int LAST_NICE_CLASS = 45;

  TermList {
    entries = List.copyOf(entries);
  }

  /**
   * One term of a list.
   *
   * @param listId the {@link TermList#id()} it comes from
   * @param language the language of its list
   * @param category the category of its list
   * @param term as written in the list
   * @param words the term folded and cut into words, as the mark is
   * @param classes the Nice classes the term is generic or descriptive for; empty means all
   * @param basis the ground cited for it
   */
  record Entry(
      String listId,
      String language,
      Category category,
      String term,
      List<String> words,
      List<Integer> classes,
      String basis) {}

  static TermList parse(String fileName, byte[] bytes) {
    String version = null;
    String language = null;
    Category category = null;
    String basis = null;
    List<String[]> rawEntries = new ArrayList<>();
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = stripComment(lines[n]).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = fileName + " line " + (n + 1);
      if (line.startsWith("version:")) {
        version = valueOf(line);
      } else if (line.startsWith("language:")) {
        language = valueOf(line);
      } else if (line.startsWith("category:")) {
        category = Category.fromFileName(valueOf(line));
      } else if (line.startsWith("basis:")) {
        basis = valueOf(line);
      } else {
        if (version == null || language == null || category == null) {
          throw new IllegalStateException(
              where + ": version, language and category come before the first term");
        }
        if (basis == null && category != Category.FUNCTION_WORDS) {
          throw new IllegalStateException(where + ": no basis: line names the ground for " + line);
        }
        rawEntries.add(new String[] {line, basis == null ? "" : basis, where});
      }
    }
    if (version == null || language == null || category == null) {
      throw new IllegalStateException(fileName + ": no version, language or category line");
    }
    String fullVersion = version + "+sha256:" + sha256(bytes).substring(0, 12);
    String id = category.fileName() + "." + language;
    List<Entry> entries = new ArrayList<>();
    for (String[] raw : rawEntries) {
      String[] parts = raw[0].split("\\|", -1);
      if (parts.length > 2) {
        throw new IllegalStateException(raw[2] + ": more than one '|' in " + raw[0]);
      }
      String term = parts[0].strip();
      List<String> words = MarkText.words(term).stream().map(MarkText.Word::plain).toList();
      if (words.isEmpty()) {
        throw new IllegalStateException(raw[2] + ": no word in " + raw[0]);
      }
      List<Integer> classes = parts.length == 2 ? classes(parts[1], raw[2]) : List.of();
      entries.add(new Entry(id, language, category, term, words, classes, raw[1]));
    }
    return new TermList(id, language, category, fullVersion, entries);
  }

  private static List<Integer> classes(String spec, String where) {
    TreeSet<Integer> classes = new TreeSet<>();
    for (String item : spec.strip().split("[\\s,]+")) {
      String[] range = item.split("-");
      try {
        int from = Integer.parseInt(range[0]);
        int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
        if (range.length > 2 || from < FIRST_NICE_CLASS || to > LAST_NICE_CLASS || from > to) {
          throw new NumberFormatException(item);
        }
        for (int c = from; c <= to; c++) {
          classes.add(c);
        }
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + ": '" + item + "' is not a Nice class or range");
      }
    }
    return List.copyOf(classes);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static String valueOf(String headerLine) {
    return headerLine.substring(headerLine.indexOf(':') + 1).strip();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
