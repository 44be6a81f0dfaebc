package org.ipflow.workers.phonetic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A key for how a word mark sounds, so that marks spelled differently but said alike meet in the
 * relative-grounds search: KODAK, CODAK and KODACK all give {@code KATAK}; PHOTOFIX and FOTOFIX
 * give {@code FATAFAKS}; XEROX and ZEROX give {@code SARAKS}; SCHWEPPES and SHWEPS give {@code
 * XVAPS}.
 *
 * <p>In the spirit of Cologne phonetics and Metaphone, simplified for marks read in English,
 * French, Spanish and German, where the same letters are said differently. Where the languages
 * disagree the key takes the reading that merges more, because a missed conflict costs more than a
 * false candidate the examiner discards. The rules, in order:
 *
 * <ol>
 *   <li>Case, accents and punctuation go: "Häagen-Dazs" is read as "haagen dazs"; ç is s; a final é
 *       is said, so it stays a vowel (CAFÉ). Words are run together, since a space is not heard:
 *       "COCA COLA" and "COCACOLA" are one key. Digits stay as they are.
 *   <li>Every vowel, or run of vowels, becomes {@code A}: vowel quality varies most between
 *       languages and accents, but the number of syllables is heard, so it is kept. Y before a
 *       vowel is the consonant {@code J}, otherwise a vowel.
 *   <li>A final e after a consonant is silent (APPLE), as is the e of a final -es after a consonant
 *       other than a hissing sound (SCHWEPPES, but not BOXES).
 *   <li>Voiced and voiceless pairs merge, as in Cologne phonetics: b/p {@code P}, d/t {@code T},
 *       g/k/q/hard c {@code K}. F, PH and PF are {@code F}. V, and W before a vowel, are {@code V};
 *       W elsewhere is part of a vowel (NEWTON), and after K it is dropped as U is after Q (KWIK,
 *       QUICK). S, Z, soft c, SC before e/i, TZ and an initial X are {@code S}; X elsewhere is
 *       {@code KS}. SH, SCH, CH and TCH are the hushing {@code X}, but CH before r or l is {@code
 *       K} (CHROME). Soft g (before e, i, y) and j are {@code J}; GU before e or i is a hard {@code
 *       K}; GN is {@code N}; QU and CK are {@code K}; TH is {@code T}; TI before a vowel inside a
 *       word is {@code S} (NATION, like NACION). H is silent, and GH too except at the start of a
 *       word (NIGHT, GHOST). L, M, N, R are themselves.
 *   <li>Repeated codes collapse: PP, SS, KS followed by S, and consonants meeting across words;
 *       digits do not (4711 is not 471).
 * </ol>
 *
 * <p>Numbers are not spelled out: "4" would be four, quatre, cuatro or vier. Letters outside the
 * Latin script are not read.
 */
public final class PhoneticKey {

  private static final String VOWELS = "aeiouy";
  private static final String FRONT_VOWELS = "eiy";
  private static final String HISSING = "sxzcgh";

  private PhoneticKey() {}

  /** The key of a mark's word element; empty when it has no letter or digit. */
  public static String of(String markText) {
    Objects.requireNonNull(markText, "markText");
    StringBuilder codes = new StringBuilder();
    for (String word : fold(markText).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        encode(word, codes);
      }
    }
    return collapseRepeats(codes);
  }

  /**
   * How alike two keys are, from 0 (nothing in common) to 1 (the same key): one minus the
   * Levenshtein distance over the length of the longer key. PostgreSQL computes the same from
   * stored keys with fuzzystrmatch: {@code 1 - levenshtein(a, b)::float8 / greatest(length(a),
   * length(b))}. An empty key (a mark without letters) is like nothing, not even another empty key.
   */
  public static double similarity(String keyA, String keyB) {
    Objects.requireNonNull(keyA, "keyA");
    Objects.requireNonNull(keyB, "keyB");
    if (keyA.isEmpty() || keyB.isEmpty()) {
      return 0.0;
    }
    int longer = Math.max(keyA.length(), keyB.length());
    return 1.0 - (double) levenshtein(keyA, keyB) / longer;
  }

  /** The {@link #similarity} of the keys of two marks' word elements. */
  public static double similarityOfMarks(String markA, String markB) {
    return similarity(of(markA), of(markB));
  }

  static String fold(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    // A final é is said (CAFÉ, RENÉ): written as a double vowel it survives the silent-e rule.
    lower = lower.replaceAll("é(?![\\p{L}\\p{M}])", "ee");
    StringBuilder spelled = new StringBuilder(lower.length());
    for (char c : lower.toCharArray()) {
      spelled.append(
          switch (c) {
            case 'ß' -> "ss";
            case 'ç' -> "s";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> String.valueOf(c);
          });
    }
    return Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }

  private static void encode(String w, StringBuilder out) {
    int silent = silentFinalE(w);
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      char next = at(w, i + 1);
      char afterNext = at(w, i + 2);
      if (i == silent) {
        i++;
        continue;
      }
      if (Character.isDigit(c)) {
        out.append(c);
        i++;
        continue;
      }
      if (isVowel(w, i)) {
        out.append('A');
        i++;
        continue;
      }
      int used = 1;
      switch (c) {
        case 'b', 'p' -> {
          if (c == 'p' && (next == 'h' || next == 'f')) {
            out.append('F');
            used = 2;
          } else {
            out.append('P');
          }
        }
        case 'c' -> {
          if (next == 'h') {
            out.append(afterNext == 'r' || afterNext == 'l' ? 'K' : 'X');
            used = 2;
          } else if (next == 'k') {
            out.append('K');
            used = 2;
          } else {
            out.append(isFrontVowel(next) ? 'S' : 'K');
          }
        }
        case 'd' -> out.append('T');
        case 't' -> {
          if (next == 'c' && afterNext == 'h') {
            out.append('X');
            used = 3;
          } else if (next == 'h') {
            out.append('T');
            used = 2;
          } else if (next == 'z') {
            out.append('S');
            used = 2;
          } else if (next == 'i' && i > 0 && isVowelLetter(afterNext)) {
            out.append('S');
          } else {
            out.append('T');
          }
        }
        case 'f' -> out.append('F');
        case 'g' -> {
          if (next == 'h') {
            if (i == 0) {
              out.append('K');
            }
            used = 2;
          } else if (next == 'n') {
            used = 1; // the n that follows is all that is heard
          } else if (next == 'u' && isFrontVowel(afterNext)) {
            out.append('K');
            used = 2;
          } else {
            out.append(isFrontVowel(next) ? 'J' : 'K');
          }
        }
        case 'h' -> {} // silent; the digraphs it is part of are read with their first letter
        case 'j' -> out.append('J');
        case 'k' -> out.append('K');
        case 'q' -> {
          out.append('K');
          used = next == 'u' ? 2 : 1;
        }
        case 's' -> {
          if (next == 'c' && afterNext == 'h') {
            out.append('X');
            used = 3;
          } else if (next == 'h') {
            out.append('X');
            used = 2;
          } else if (next == 'c' && isFrontVowel(afterNext)) {
            out.append('S');
            used = 2;
          } else {
            out.append('S');
          }
        }
        case 'z' -> out.append('S');
        case 'x' -> out.append(i == 0 ? "S" : "KS");
        case 'v' -> out.append('V');
        case 'w' -> {
          boolean afterK = i > 0 && "kcq".indexOf(w.charAt(i - 1)) >= 0;
          if (isVowelLetter(next) && !afterK) {
            out.append('V');
          }
        }
        case 'y' -> out.append('J'); // a consonant here: isVowel said no
        default -> out.append(Character.toUpperCase(c)); // l, m, n, r
      }
      i += used;
    }
  }

  /** Where the silent final e of the word is, or -1. */
  private static int silentFinalE(String w) {
    int n = w.length();
    if (n < 4) {
      return -1;
    }
    int e;
    if (w.charAt(n - 1) == 'e') {
      e = n - 1;
    } else if (w.endsWith("es") && HISSING.indexOf(w.charAt(n - 3)) < 0) {
      e = n - 2;
    } else {
      return -1;
    }
    boolean afterConsonant = !isVowelLetter(w.charAt(e - 1)) && Character.isLetter(w.charAt(e - 1));
    boolean vowelBefore = false;
    for (int i = 0; i < e - 1; i++) {
      vowelBefore |= isVowelLetter(w.charAt(i));
    }
    return afterConsonant && vowelBefore ? e : -1;
  }

  /** A vowel sound: a, e, i, o, u, and y unless a vowel follows it (YOGA, MAYO). */
  private static boolean isVowel(String w, int i) {
    char c = w.charAt(i);
    if (c == 'y') {
      return !isVowelLetter(at(w, i + 1)) || at(w, i + 1) == 'y';
    }
    return isVowelLetter(c);
  }

  private static boolean isVowelLetter(char c) {
    return c != 0 && VOWELS.indexOf(c) >= 0;
  }

  private static boolean isFrontVowel(char c) {
    return c != 0 && FRONT_VOWELS.indexOf(c) >= 0;
  }

  private static char at(String w, int i) {
    return i < w.length() ? w.charAt(i) : 0;
  }

  private static String collapseRepeats(CharSequence codes) {
    StringBuilder key = new StringBuilder(codes.length());
    for (int i = 0; i < codes.length(); i++) {
      char c = codes.charAt(i);
      if (key.isEmpty() || key.charAt(key.length() - 1) != c || Character.isDigit(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
