package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatcherTest {

  private static final List<TextMatcher.Entry> SMALL =
      List.of(
          new TextMatcher.Entry("electric kettles", "11", 1.0),
          new TextMatcher.Entry("kettles, non-electric", "21", 1.0),
          new TextMatcher.Entry("frying pans", "21", 1.0),
          new TextMatcher.Entry("computer software", "9", 1.0),
          new TextMatcher.Entry("design of computer software", "42", 1.0));

  private final TextMatcher matcher = new TextMatcher(SMALL, TextMatcher.Settings.DEFAULT);

  @Test
  void ranksTheLabelOfTheClosestWordingFirst() {
    assertThat(matcher.rank("software for computers").get(0).label()).isEqualTo("9");
    assertThat(matcher.rank("design of software").get(0).label()).isEqualTo("42");
    assertThat(matcher.rank("frying pan").get(0).label()).isEqualTo("21");
  }

  @Test
  void doesNotLetANegatedWordingSupportThePositiveOne() {
    assertThat(matcher.rank("kettles, electric").get(0).label()).isEqualTo("11");
    assertThat(matcher.rank("non-electric kettle").get(0).label()).isEqualTo("21");
  }

  @Test
  void matchesCompoundsWrittenOpenOrClosed() {
    TextMatcher compounds =
        new TextMatcher(
            List.of(
                new TextMatcher.Entry("smartwatches", "9", 1.0),
                new TextMatcher.Entry("smart cards", "99", 1.0)),
            TextMatcher.Settings.DEFAULT);

    assertThat(compounds.rank("smart watches").get(0).label()).isEqualTo("9");
  }

  @Test
  void toleratesATypoThroughCharacterNGrams() {
    assertThat(matcher.rank("computr sofware").get(0).label()).isEqualTo("9");
  }

  @Test
  void confidencesAreProbabilitiesInDescendingOrder() {
    List<TextMatcher.Match> ranking = matcher.rank("computer kettles");

    assertThat(ranking).isNotEmpty();
    assertThat(ranking.stream().mapToDouble(TextMatcher.Match::confidence).sum())
        .isLessThanOrEqualTo(1.0 + 1e-9);
    for (int i = 0; i < ranking.size(); i++) {
      assertThat(ranking.get(i).confidence()).isBetween(0.0, 1.0);
      if (i > 0) {
        assertThat(ranking.get(i).confidence())
            .isLessThanOrEqualTo(ranking.get(i - 1).confidence());
      }
    }
  }

  @Test
  void isNotConfidentAboutAWordingUnlikeAnything() {
    List<TextMatcher.Match> ranking = matcher.rank("zqx blorf");

    assertThat(ranking.isEmpty() || ranking.get(0).confidence() < 0.3).isTrue();
  }

  @Test
  void aWordingOfOnlyFillerWordsMatchesNothing() {
    assertThat(matcher.rank("of the, for and")).isEmpty();
  }

  @Test
  void leavingOutTheSameWordingHidesTheExactEntry() {
    assertThat(matcher.rank("computer software", true))
        .extracting(TextMatcher.Match::label)
        .first()
        .isEqualTo("42");
  }

  @Test
  void sameQueryGivesTheSameRanking() {
    assertThat(matcher.rank("electric frying pans"))
        .isEqualTo(matcher.rank("electric frying pans"));
  }
}
