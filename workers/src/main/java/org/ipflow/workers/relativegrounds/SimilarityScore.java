package org.ipflow.workers.relativegrounds;

import java.util.Objects;

/**
 * How the relative-grounds search ranks an earlier mark against the mark searched for, from 0 to 1:
 *
 * <pre>
 *   score = classWeight × (0.6 × text + 0.4 × phonetic)
 *   classWeight = 1.0 for an earlier mark in a class searched, 0.9 in a related class only
 * </pre>
 *
 * <p>{@code text} is the trigram similarity of the {@linkplain MarkForms#normalized normalized}
 * forms (how the marks look, respellings undone), {@code phonetic} the {@linkplain
 * org.ipflow.workers.phonetic.PhoneticKey#similarity similarity of their phonetic keys} (how they
 * sound). Both count because marks are compared visually and aurally, but the text weighs more: a
 * phonetic key keeps consonants and the number of syllables and drops vowel quality, so unrelated
 * words of the same shape (BALOKI, PILAKA) share a key, while respelled marks (PHOTON, FOTON) keep
 * a high text similarity because their normalized forms undo the respelling. A related class weighs
 * a little less than a shared one: the goods are then similar at most, not identical.
 *
 * <p>Scores are rounded to four decimals, so that what a decision records is what it compared.
 */
public final class SimilarityScore {

  /** Change it whenever the formula changes: decisions record it. */
  public static final String VERSION = "1.0.0";

  static final double TEXT_WEIGHT = 0.6;
  static final double PHONETIC_WEIGHT = 0.4;
  static final double RELATED_CLASS_WEIGHT = 0.9;

  private SimilarityScore() {}

  /** The score of an earlier mark with these similarities in a class so related. */
  public static double of(double text, double phonetic, ClassRelation relation) {
    Objects.requireNonNull(relation, "relation");
    check(text, "text");
    check(phonetic, "phonetic");
    double classWeight = relation == ClassRelation.SAME ? 1.0 : RELATED_CLASS_WEIGHT;
    return round(classWeight * (TEXT_WEIGHT * text + PHONETIC_WEIGHT * phonetic));
  }

  /** Rounded to four decimals. */
  public static double round(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }

  private static void check(double value, String name) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(name + " similarity must be between 0 and 1: " + value);
    }
  }
}
