package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Leave-one-out over the term list: each term is matched as if it were not in the list. This is the
 * held-out test the matcher's settings were chosen on (the evaluation set was not used for that),
 * and a harsher one than the evaluation set, since many terms are single words that the rest of the
 * list never mentions.
 */
class NiceCalibrationTest {

  private static final int BINS = 10;

  @Test
  void leaveOneOutConfidenceIsCalibrated() {
    NiceClassification nice = ClassificationData.shared().nice();
    int[] count = new int[BINS];
    double[] confidence = new double[BINS];
    int[] right = new int[BINS];
    int topOne = 0;
    int topThree = 0;
    List<TextMatcher.Entry> terms = nice.terms();
    for (TextMatcher.Entry term : terms) {
      List<TextMatcher.Match> ranking = nice.matcher().rank(term.text(), true);
      double top = ranking.isEmpty() ? 0 : ranking.get(0).confidence();
      boolean correct = !ranking.isEmpty() && ranking.get(0).label().equals(term.label());
      int bin = Math.min(BINS - 1, (int) (top * BINS));
      count[bin]++;
      confidence[bin] += top;
      right[bin] += correct ? 1 : 0;
      topOne += correct ? 1 : 0;
      for (int i = 0; i < Math.min(3, ranking.size()); i++) {
        if (ranking.get(i).label().equals(term.label())) {
          topThree++;
          break;
        }
      }
    }
    double expectedCalibrationError = 0;
    StringBuilder table = new StringBuilder();
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        expectedCalibrationError += Math.abs(confidence[b] - right[b]);
        table.append(
            String.format(
                Locale.ROOT,
                "%n  confidence %.1f-%.1f: %4d terms, mean confidence %.2f, accuracy %.2f",
                b / (double) BINS,
                (b + 1) / (double) BINS,
                count[b],
                confidence[b] / count[b],
                right[b] / (double) count[b]));
      }
    }
    expectedCalibrationError /= terms.size();
    System.out.printf(
        Locale.ROOT,
        "Nice leave-one-out over %d terms: top-1 %.3f, top-3 %.3f, expected calibration error"
            + " %.3f%s%n",
        terms.size(),
        topOne / (double) terms.size(),
        topThree / (double) terms.size(),
        expectedCalibrationError,
        table);

    assertThat(expectedCalibrationError).isLessThanOrEqualTo(0.15);
  }
}
