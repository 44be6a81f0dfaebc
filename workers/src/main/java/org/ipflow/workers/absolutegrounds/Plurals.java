package org.ipflow.workers.absolutegrounds;

/**
 * Strips the common plural (and, for German, inflection) endings of a folded word, so "WATCHES"
 * meets "watch" and "BIÈRES" meets "bière". Deliberately crude: it is applied to the list terms and
 * to the words of the mark alike, so what matters is that a singular and its plural end up on the
 * same stem, not that the stem is a real word. Short words are left alone ("pro", "bus", "uhr").
 */
final class Plurals {

  private static final int SHORTEST_STEMMED = 4;
  private static final int SHORTEST_STEM = 3;
  private static final String[] GERMAN_ENDINGS = {"ern", "en", "em", "es", "er", "e", "n", "s"};

  private Plurals() {}

  static String stem(String language, String word) {
    if (word.length() < SHORTEST_STEMMED) {
      return word;
    }
    return switch (language) {
      case "en" -> english(word);
      case "fr" -> french(word);
      case "es" -> spanish(word);
      case "de" -> german(word);
      default -> word;
    };
  }

  private static String english(String word) {
    if (word.endsWith("ies") && word.length() > 4) {
      return cut(word, 3) + "y"; // berries -> berry
    }
    for (String sibilant : new String[] {"sses", "shes", "ches", "xes", "zes"}) {
      if (word.endsWith(sibilant)) {
        return cut(word, 2); // watches -> watch, boxes -> box
      }
    }
    if (word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return cut(word, 1); // shoes -> shoe; but glass, plus, swiss stay
    }
    return word;
  }

  private static String french(String word) {
    if (word.endsWith("eaux")) {
      return cut(word, 1); // chapeaux -> chapeau
    }
    if (word.endsWith("aux")) {
      return cut(word, 3) + "al"; // journaux -> journal
    }
    if (word.endsWith("s") || word.endsWith("x")) {
      return cut(word, 1); // montres -> montre, bijoux -> bijou
    }
    return word;
  }

  private static String spanish(String word) {
    String stem = word.endsWith("s") ? cut(word, 1) : word;
    // Consonant + "es" plurals (relojes) and vowel + "s" plurals (clases) meet on the same stem by
    // also dropping a final "e" after a consonant; "-ces" was "-z" in the singular (cruces, cruz).
    if (stem.length() >= SHORTEST_STEMMED
        && stem.endsWith("e")
        && !isVowel(stem.charAt(stem.length() - 2))) {
      stem = cut(stem, 1);
      if (stem.endsWith("c")) {
        stem = cut(stem, 1) + "z";
      }
    }
    return stem;
  }

  /**
   * Endings are stripped until none is left, so every inflected form reaches the same stem:
   * "Kaffees" -> "kaffe" -> "kaff", and "Kaffee" -> "kaffe" -> "kaff".
   */
  private static String german(String word) {
    String stem = word;
    String shorter = stripGermanEnding(stem);
    while (!shorter.equals(stem)) {
      stem = shorter;
      shorter = stripGermanEnding(stem);
    }
    return stem;
  }

  private static String stripGermanEnding(String word) {
    for (String ending : GERMAN_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
        return cut(word, ending.length());
      }
    }
    return word;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static String cut(String word, int chars) {
    return word.substring(0, word.length() - chars);
  }
}
