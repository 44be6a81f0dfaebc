package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Measures the Nice matcher on a labelled set of goods and services that was written apart from the
 * term list and never used to build it (src/test/resources/classification/nice-eval.tsv).
 */
class NiceEvaluationTest {

  private static final String EVALUATION_SET = "/classification/nice-eval.tsv";
  private static final DataFile EVALUATION = DataFile.load(EVALUATION_SET);

  private final NiceClassification nice = ClassificationData.shared().nice();

  @Test
  void evaluationSetHasOverTwoHundredTwentyTermsAcrossMostClasses() {
    Set<Integer> classes = new TreeSet<>();
    for (String[] row : EVALUATION.rows()) {
      int niceClass = Integer.parseInt(row[1]);
      assertThat(NiceClassification.isValidClass(niceClass)).as(row[0]).isTrue();
      classes.add(niceClass);
    }

    assertThat(EVALUATION.rows()).hasSizeGreaterThanOrEqualTo(220);
    assertThat(classes).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void noEvaluationTermSaysWhatATermOrHeadingOfTheMatcherSays() {
    Map<String, String> matcherWordings = new HashMap<>();
    for (TextMatcher.Entry term : nice.terms()) {
      matcherWordings.put(TextNormalizer.key(term.text()), term.text());
    }
    for (String[] heading : DataFile.load(ClassificationData.NICE_CLASSES).rows()) {
      for (String segment : heading[2].split(";")) {
        matcherWordings.put(TextNormalizer.key(segment), segment.trim());
      }
    }
    Set<String> evaluationKeys = new TreeSet<>();
    for (String[] row : EVALUATION.rows()) {
      String key = TextNormalizer.key(row[0]);
      assertThat(matcherWordings.get(key))
          .as("evaluation term '%s' is in the matcher's data", row[0])
          .isNull();
      assertThat(evaluationKeys.add(key))
          .as("'%s' is in the evaluation set twice", row[0])
          .isTrue();
    }
  }

  @Test
  void topThreeAccuracyIsAtLeastEightyPercent() {
    int topOne = 0;
    int topThree = 0;
    // One pass to warm up the JIT, so that the time printed is the steady-state time per term.
    EVALUATION.rows().forEach(row -> nice.matcher().rank(row[0]));
    long started = System.nanoTime();
    for (String[] row : EVALUATION.rows()) {
      List<TextMatcher.Match> ranking = nice.matcher().rank(row[0]);
      int rank = rankOf(ranking, row[1]);
      if (rank == 0) {
        topOne++;
      }
      if (rank >= 0 && rank < 3) {
        topThree++;
      }
    }
    double microsPerTerm = (System.nanoTime() - started) / 1000.0 / EVALUATION.rows().size();
    int n = EVALUATION.rows().size();
    System.out.printf(
        Locale.ROOT,
        "Nice evaluation set: %d terms; top-1 accuracy %.3f (%d), top-3 accuracy %.3f (%d);"
            + " %.0f microseconds per term%n",
        n,
        topOne / (double) n,
        topOne,
        topThree / (double) n,
        topThree,
        microsPerTerm);

    assertThat(topThree / (double) n).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void confidentSuggestionsAreMostlyRight() {
    int confident = 0;
    int confidentAndRight = 0;
    for (String[] row : EVALUATION.rows()) {
      List<TextMatcher.Match> ranking = nice.matcher().rank(row[0]);
      if (!ranking.isEmpty()
          && ClassificationCheck.round(ranking.get(0).confidence())
              >= ClassificationCheck.DEFAULT_THRESHOLD) {
        confident++;
        if (ranking.get(0).label().equals(row[1])) {
          confidentAndRight++;
        }
      }
    }
    double precision = confidentAndRight / (double) confident;
    System.out.printf(
        Locale.ROOT,
        "Nice evaluation set: %d of %d terms reach confidence %.2f; %.3f of those are right%n",
        confident,
        EVALUATION.rows().size(),
        ClassificationCheck.DEFAULT_THRESHOLD,
        precision);

    assertThat(confident).isGreaterThanOrEqualTo(EVALUATION.rows().size() / 3);
    assertThat(precision).isGreaterThanOrEqualTo(0.9);
  }

  private static int rankOf(List<TextMatcher.Match> ranking, String label) {
    for (int i = 0; i < ranking.size(); i++) {
      if (ranking.get(i).label().equals(label)) {
        return i;
      }
    }
    return -1;
  }
}
