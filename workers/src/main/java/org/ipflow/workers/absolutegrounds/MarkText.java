package org.ipflow.workers.absolutegrounds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the word element of a mark into words and gives each word the forms it is compared in.
 * Matching is on whole words only, so "PRO" is found in "PRO CLEAN" but never inside "PROMETHEUS".
 */
final class MarkText {

  /**
   * Digits written for letters to slip a word past a check ("B3ST", "PR0"): 0 o, 1 i or l, 3 e, 4
   * a, 5 s, 7 t. Each reading below is aligned with these digits; 1 has two.
   */
  private static final String LOOKALIKE_DIGITS = "013457";

  private static final String READ_WITH_1_AS_I = "oieast";
  private static final String READ_WITH_1_AS_L = "oleast";

  private MarkText() {}

  /**
   * A word of the mark.
   *
   * @param start where it begins in the {@link #nfc} form of the text
   * @param end where it ends in the {@link #nfc} form of the text
   * @param original the word as filed, for the examiner to recognise
   * @param plain folded to lower case without diacritics or symbols
   * @param forms {@code plain} first, then the same word with look-alike substitutions undone
   */
  record Word(int start, int end, String original, String plain, List<String> forms) {}

  /** Lower case, diacritics folded ("Qualité" -> "qualite"), letters that do not decompose too. */
  static String fold(String text) {
    StringBuilder spelled = new StringBuilder(text.length());
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      spelled.append(
          switch (c) {
            case 'ß' -> "ss";
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
    // NFKD also turns ligatures and full-width letters into plain ones.
    return Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }

  /** The words of the text, in order; hyphens, apostrophes and other punctuation separate words. */
  static List<Word> words(String text) {
    String nfc = nfc(text);
    List<int[]> spans = spans(nfc);
    List<Word> words = new ArrayList<>();
    for (int[] span : joinDottedLetters(nfc, spans)) {
      Word word = word(span[0], span[1], nfc.substring(span[0], span[1]));
      if (!word.forms().isEmpty()) { // a stray combining accent is no word
        words.add(word);
      }
    }
    return words;
  }

  private static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (isWordChar(text, i)) {
        int start = i;
        while (i < text.length() && isWordChar(text, i)) {
          i += Character.charCount(text.codePointAt(i));
        }
        spans.add(new int[] {start, i});
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return spans;
  }

  private static boolean isWordChar(String text, int i) {
    int cp = text.codePointAt(i);
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return true;
    }
    boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return switch (cp) {
      case '$', '@', '€' -> before || after; // "$UPER", "PRO$"
      case '!', '|' -> before && after; // "B!O", but not the "!" closing "BEST!"
      default -> false;
    };
  }

  /** "U.N.E.S.C.O." is one word: single characters joined by dots, nothing else between them. */
  private static List<int[]> joinDottedLetters(String text, List<int[]> spans) {
    List<int[]> joined = new ArrayList<>();
    boolean lastIsDottedRun = false;
    for (int[] span : spans) {
      boolean single = text.codePointCount(span[0], span[1]) == 1;
      if (single && lastIsDottedRun) {
        int[] last = joined.get(joined.size() - 1);
        if (span[0] == last[1] + 1 && text.charAt(last[1]) == '.') {
          last[1] = span[1];
          continue;
        }
      }
      joined.add(new int[] {span[0], span[1]});
      lastIsDottedRun = single;
    }
    return joined;
  }

  /** The text with accents composed, so that "e" + combining acute and "é" are one letter. */
  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static Word word(int start, int end, String original) {
    String folded = fold(original.replace(".", ""));
    StringBuilder plain = new StringBuilder();
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(plain::appendCodePoint);
    List<String> forms = new ArrayList<>();
    forms.add(plain.toString());
    boolean hasLetter = folded.codePoints().anyMatch(Character::isLetter);
    boolean hasSymbol = !folded.contentEquals(plain);
    if (hasLetter || hasSymbol) {
      addIfNew(forms, undoLookalikes(folded, READ_WITH_1_AS_I));
      addIfNew(forms, undoLookalikes(folded, READ_WITH_1_AS_L));
    }
    forms.removeIf(String::isEmpty);
    return new Word(start, end, original, plain.toString(), List.copyOf(forms));
  }

  /** Also the symbols: $ s, @ a, € e, and ! i, | l between letters. */
  private static String undoLookalikes(String folded, String letters) {
    StringBuilder out = new StringBuilder(folded.length());
    for (char c : folded.toCharArray()) {
      int digit = LOOKALIKE_DIGITS.indexOf(c);
      out.append(
          switch (c) {
            case '$' -> 's';
            case '@' -> 'a';
            case '€' -> 'e';
            case '!' -> 'i';
            case '|' -> 'l';
            default -> digit >= 0 ? letters.charAt(digit) : c;
          });
    }
    // "PHRESH" for "fresh": the lists are spelled with f where it is said f.
    return out.toString().replace("ph", "f");
  }

  private static void addIfNew(List<String> forms, String form) {
    if (!forms.contains(form)) {
      forms.add(form);
    }
  }
}
