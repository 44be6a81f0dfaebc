package org.ipflow.workers.relativegrounds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ipflow.workers.phonetic.PhoneticKey;

/**
 * The forms in which the relative-grounds search compares a mark's word element with the marks in
 * the register: a {@link #normalized} spelling for the trigram comparison (how the mark looks) and
 * a {@link #phoneticKey} (how it sounds).
 *
 * <p>Both are taken from the mark's <i>distinctive</i> words: marks are compared by the overall
 * impression they give, in which words that only name the business form or praise the goods
 * ("GROUP", "LTD", "INTERNATIONAL", "PREMIUM", "SHOP"…) weigh little, so "KODAK" and "KODAK GROUP"
 * meet as the same mark. A mark made only of such words keeps them all.
 *
 * <p>The normalized form then undoes spellings that do not change how a word reads, so that a
 * respelled mark lands on the earlier one's trigrams:
 *
 * <ol>
 *   <li>case, accents and punctuation go ("Häagen-Dazs" is "haagen dazs"); hyphens and other
 *       punctuation separate words (the search also compares the forms with their spaces removed);
 *   <li>a final plural s goes from words of four letters or more, but not ss ("KODAKS" is "kodak");
 *   <li>ph is f; ck, q, qu, and c before a, o, u, a consonant other than h or at the end are k; c
 *       before e, i, y is s; y is i;
 *   <li>doubled letters are single ("KODDAK" is "kodak"); digits stay as they are.
 * </ol>
 *
 * <p>The phonetic key is {@link PhoneticKey} of the distinctive words.
 */
public final class MarkForms {

  /**
   * The version of these forms. The register search stores it beside the forms it computed, so that
   * they can be recomputed when it changes.
   */
  public static final String VERSION = "1.0.0";

  /**
   * Words that name a business form or a kind of business, or praise or place the goods: weak
   * elements of a mark in English, French, German and Spanish.
   */
  static final Set<String> GENERIC_WORDS =
      Set.of(
          // articles and connectors
          "the",
          "and",
          "of",
          "by",
          "le",
          "la",
          "les",
          "el",
          "los",
          "las",
          "de",
          "du",
          "des",
          "der",
          "die",
          "das",
          "und",
          "et",
          "y",
          // business forms
          "co",
          "company",
          "corp",
          "corporation",
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "plc",
          "gmbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "srl",
          "sl",
          "spa",
          "bv",
          "nv",
          "ab",
          "oy",
          "as",
          // kinds of business and groupings
          "group",
          "groupe",
          "gruppe",
          "grupo",
          "holding",
          "holdings",
          "international",
          "internacional",
          "global",
          "worldwide",
          "world",
          "shop",
          "store",
          "stores",
          "online",
          "collection",
          "brand",
          "brands",
          "products",
          "solutions",
          "services",
          "systems",
          "labs",
          "lab",
          "studio",
          "studios",
          "club",
          "industries",
          "trading",
          "enterprises",
          // laudatory and generic qualifiers
          "pro",
          "plus",
          "premium",
          "original",
          "classic",
          "express",
          "best",
          "super",
          "extra",
          "quality",
          "official",
          "new");

  private MarkForms() {}

  /** The form compared by trigrams; empty when the mark has no letter or digit. */
  public static String normalized(String markText) {
    List<String> words = distinctiveWords(markText);
    StringBuilder normalized = new StringBuilder();
    for (String word : words) {
      String spelled = respell(word);
      if (!spelled.isEmpty()) {
        if (!normalized.isEmpty()) {
          normalized.append(' ');
        }
        normalized.append(spelled);
      }
    }
    return normalized.toString();
  }

  /** The phonetic key of the mark's distinctive words; empty when it has no letter or digit. */
  public static String phoneticKey(String markText) {
    return PhoneticKey.of(String.join(" ", distinctiveWords(markText)));
  }

  /**
   * The mark's words folded to lower-case letters and digits without accents, the generic ones left
   * out unless nothing else remains.
   */
  static List<String> distinctiveWords(String markText) {
    Objects.requireNonNull(markText, "markText");
    List<String> all = new ArrayList<>();
    for (String word : fold(markText).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        all.add(word);
      }
    }
    List<String> distinctive = new ArrayList<>();
    for (String word : all) {
      if (!GENERIC_WORDS.contains(word)) {
        distinctive.add(word);
      }
    }
    return distinctive.isEmpty() ? all : distinctive;
  }

  static String fold(String text) {
    StringBuilder spelled = new StringBuilder(text.length());
    for (char c :
        Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).toCharArray()) {
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
            case '&' -> " and ";
            default -> String.valueOf(c);
          });
    }
    return Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
  }

  /** One folded word in the spelling that undoes variants which read the same. */
  static String respell(String word) {
    String w = word;
    if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    w = w.replace("ph", "f").replace("ck", "k").replace("qu", "k").replace('q', 'k');
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == 'c') {
        char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        if (next != 'h') { // ch reads as it is written, whatever it reads as
          c = next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
        }
      } else if (c == 'y') {
        c = 'i';
      }
      boolean repeatedLetter =
          !out.isEmpty() && out.charAt(out.length() - 1) == c && !Character.isDigit(c);
      if (!repeatedLetter) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
