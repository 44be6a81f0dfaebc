package org.ipflow.workers.relativegrounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelativeGroundsRelatedClassesTest {

  @Test
  void relationIsSymmetricAndNeverReflexive() {
    for (int a = 1; a <= 45; a++) {
      assertThat(RelatedNiceClasses.of(a)).doesNotContain(a);
      for (int b : RelatedNiceClasses.of(a)) {
        assertThat(RelatedNiceClasses.of(b)).as("%d <-> %d", a, b).contains(a);
      }
    }
  }

  @Test
  void softwareIsRelatedToItServicesAndClothingToBagsAndJewellery() {
    assertThat(RelatedNiceClasses.of(9)).contains(42, 38, 41, 28);
    assertThat(RelatedNiceClasses.of(25)).contains(18, 14, 35).doesNotContain(9, 42);
    assertThat(RelatedNiceClasses.of(43)).contains(29, 30, 32, 33);
  }

  @Test
  void retailIsRelatedToEveryGoodsClassButToNoOtherService() {
    assertThat(RelatedNiceClasses.of(35)).hasSize(34).allMatch(nice -> nice <= 34);
    assertThat(RelatedNiceClasses.of(36)).doesNotContain(35);
  }

  @Test
  void classesOutsideTheNiceClassificationHaveNoRelatedClass() {
    assertThat(RelatedNiceClasses.of(0)).isEmpty();
    assertThat(RelatedNiceClasses.of(46)).isEmpty();
  }

  @Test
  void sharedClassIsSameRelatedClassIsRelatedOtherwiseNone() {
    assertThat(RelatedNiceClasses.relation(Set.of(9, 25), List.of(25, 45)))
        .contains(ClassRelation.SAME);
    assertThat(RelatedNiceClasses.relation(Set.of(9), List.of(42))).contains(ClassRelation.RELATED);
    assertThat(RelatedNiceClasses.relation(Set.of(9), List.of(25))).isEmpty();
  }

  @Test
  void connectingClassesAreTheSharedOnesElseTheRelatedOnes() {
    assertThat(RelatedNiceClasses.connecting(Set.of(9, 25), List.of(25, 42))).containsExactly(25);
    assertThat(RelatedNiceClasses.connecting(Set.of(9), List.of(42, 45, 38)))
        .containsExactly(38, 42);
  }

  @Test
  void withRelatedAddsTheRelatedClassesToThoseSearched() {
    assertThat(RelatedNiceClasses.withRelated(Set.of(32)))
        .contains(32, 33, 43, 30, 5, 35)
        .doesNotContain(25);
  }
}
