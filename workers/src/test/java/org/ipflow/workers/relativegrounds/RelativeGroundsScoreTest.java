package org.ipflow.workers.relativegrounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelativeGroundsScoreTest {

  @Test
  void identicalMarksInTheSameClassScoreOne() {
    assertThat(SimilarityScore.of(1.0, 1.0, ClassRelation.SAME)).isEqualTo(1.0);
  }

  @Test
  void textWeighsMoreThanSoundAndARelatedClassLessThanTheSame() {
    assertThat(SimilarityScore.of(1.0, 0.0, ClassRelation.SAME)).isEqualTo(0.6);
    assertThat(SimilarityScore.of(0.0, 1.0, ClassRelation.SAME)).isEqualTo(0.4);
    assertThat(SimilarityScore.of(1.0, 1.0, ClassRelation.RELATED)).isEqualTo(0.9);
  }

  @Test
  void scoresAreRoundedToFourDecimals() {
    assertThat(SimilarityScore.of(1.0 / 3, 2.0 / 3, ClassRelation.SAME)).isEqualTo(0.4667);
  }

  @Test
  void similaritiesOutsideZeroToOneAreRejected() {
    assertThatThrownBy(() -> SimilarityScore.of(1.2, 0.5, ClassRelation.SAME))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimilarityScore.of(Double.NaN, 0.5, ClassRelation.SAME))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
