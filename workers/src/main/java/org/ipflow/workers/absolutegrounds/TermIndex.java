package org.ipflow.workers.absolutegrounds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every term list, indexed by the stems of its words per language, and the search of a mark's words
 * against them.
 */
final class TermIndex {

  /** ISO 639-2 "multiple languages": terms that read the same in every language (acronyms). */
  static final String LANGUAGE_NEUTRAL = "mul";

  static final String RESOURCE_DIRECTORY = "absolutegrounds/";
  static final String LIST_OF_LISTS = RESOURCE_DIRECTORY + "lists.txt";

  private final List<TermList> lists;
  private final List<String> languages;
  private final Map<String, Map<String, List<TermList.Entry>>> termsByLanguage = new HashMap<>();
  private final Map<String, Set<String>> functionWordsByLanguage = new HashMap<>();
  private int longestTermInWords = 1;

  /**
   * A term found in the mark.
   *
   * @param from index of the first word of the mark it covers
   * @param to index after the last word it covers
   * @param readAs the mark's words as compared, e.g. "best" for "B3ST"
   */
  record Match(int from, int to, TermList.Entry entry, String readAs) {}

  TermIndex(List<TermList> lists) {
    this.lists = List.copyOf(lists);
    Set<String> configured = new LinkedHashSet<>();
    for (TermList list : lists) {
      if (!list.language().equals(LANGUAGE_NEUTRAL)) {
        configured.add(list.language());
      }
      for (TermList.Entry entry : list.entries()) {
        if (list.category() == Category.FUNCTION_WORDS) {
          functionWordsByLanguage
              .computeIfAbsent(list.language(), l -> new HashSet<>())
              .addAll(entry.words());
        } else {
          index(entry);
        }
      }
    }
    this.languages = List.copyOf(configured);
  }

  /** Loads the lists named in {@value #LIST_OF_LISTS}, in the order named there. */
  static TermIndex fromClasspath() {
    List<TermList> lists = new ArrayList<>();
    String listOfLists = new String(read(LIST_OF_LISTS), StandardCharsets.UTF_8);
    for (String line : listOfLists.split("\\R")) {
      String name = line.replaceFirst("#.*", "").strip();
      if (!name.isEmpty()) {
        lists.add(TermList.parse(name, read(RESOURCE_DIRECTORY + name)));
      }
    }
    return new TermIndex(lists);
  }

  List<TermList> lists() {
    return lists;
  }

  /** The languages that have lists, in the order they were configured; "mul" is not one. */
  List<String> languages() {
    return languages;
  }

  /**
   * Every term of the given languages' lists that the mark contains as whole words. Overlapping
   * matches are all returned ("mineral water" and "water"); the caller decides which to report.
   */
  List<Match> find(List<MarkText.Word> words, List<String> languagesToCheck) {
    Map<List<Object>, Match> found = new LinkedHashMap<>();
    for (int from = 0; from < words.size(); from++) {
      int longest = Math.min(words.size(), from + longestTermInWords);
      for (int to = longest; to > from; to--) {
        for (int variant = 0; variant < mostForms(words, from, to); variant++) {
          List<String> forms = new ArrayList<>();
          for (MarkText.Word word : words.subList(from, to)) {
            forms.add(word.forms().get(Math.min(variant, word.forms().size() - 1)));
          }
          for (String language : languagesToCheck) {
            String key = key(language, forms);
            for (TermList.Entry entry :
                termsByLanguage.getOrDefault(language, Map.of()).getOrDefault(key, List.of())) {
              found.putIfAbsent(
                  List.of(from, to, entry), new Match(from, to, entry, String.join(" ", forms)));
            }
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  boolean isFunctionWord(String plainWord, List<String> languagesToCheck) {
    return languagesToCheck.stream()
        .anyMatch(l -> functionWordsByLanguage.getOrDefault(l, Set.of()).contains(plainWord));
  }

  private void index(TermList.Entry entry) {
    Map<String, List<TermList.Entry>> terms =
        termsByLanguage.computeIfAbsent(entry.language(), l -> new HashMap<>());
    terms.computeIfAbsent(key(entry.language(), entry.words()), k -> new ArrayList<>()).add(entry);
    if (entry.words().size() > 1) {
      // "REDCROSS" for "red cross": written as one word, still the same term.
      String joined = String.join("", entry.words());
      terms
          .computeIfAbsent(Plurals.stem(entry.language(), joined), k -> new ArrayList<>())
          .add(entry);
      longestTermInWords = Math.max(longestTermInWords, entry.words().size());
    }
  }

  private static String key(String language, List<String> words) {
    List<String> stems = new ArrayList<>(words.size());
    for (String word : words) {
      stems.add(Plurals.stem(language, word));
    }
    return String.join(" ", stems);
  }

  private static int mostForms(List<MarkText.Word> words, int from, int to) {
    return words.subList(from, to).stream().mapToInt(w -> w.forms().size()).max().orElse(1);
  }

  private static byte[] read(String resource) {
    try (InputStream in = TermIndex.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("term list " + resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
