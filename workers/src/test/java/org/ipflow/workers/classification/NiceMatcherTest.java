package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Obvious cases: if these fail, the matcher or its data is broken, not merely imperfect. */
class NiceMatcherTest {

  private final ClassificationCheck check = new ClassificationCheck();

  @Test
  void suggestsClassNineForComputerSoftware() {
    assertThat(top("computer software for accounting")).isEqualTo("9");
  }

  @Test
  void suggestsClassTwentyFiveForClothing() {
    assertThat(top("woollen jumpers for children")).isEqualTo("25");
  }

  @Test
  void suggestsClassThreeForNonMedicatedShampooButFiveForMedicatedOne() {
    assertThat(top("shampoo for dogs")).isEqualTo("3");
    assertThat(top("medicated shampoos for dogs")).isEqualTo("5");
  }

  @Test
  void suggestsClassOneForFertiliser() {
    assertThat(top("organic fertiliser for roses")).isEqualTo("1");
  }

  @Test
  void suggestsClassEighteenForLeatherWallets() {
    assertThat(top("leather wallets for men")).isEqualTo("18");
  }

  @Test
  void suggestsClassThirtyNineForCarRental() {
    assertThat(top("car rental for tourists")).isEqualTo("39");
  }

  @Test
  void suggestsClassFortyOneForLanguageCourses() {
    assertThat(top("providing language courses")).isEqualTo("41");
  }

  @Test
  void readsAmericanSpelling() {
    assertThat(top("jewelry boxes")).isEqualTo("14");
  }

  @Test
  void givesAtMostThreeSuggestionsWithHeadings() {
    List<Suggestion> suggestions = check.suggestNiceClasses("computer software for accounting");

    assertThat(suggestions).hasSizeLessThanOrEqualTo(3);
    assertThat(suggestions.get(0).heading())
        .isEqualTo("Electronics, computers and scientific apparatus");
    assertThat(suggestions.get(0).confidence()).isBetween(0.0, 1.0);
  }

  @Test
  void isNotConfidentAboutGibberish() {
    List<Suggestion> suggestions = check.suggestNiceClasses("qwzx blorf");

    assertThat(suggestions.isEmpty() || suggestions.get(0).confidence() < 0.2).isTrue();
  }

  private String top(String term) {
    return check.suggestNiceClasses(term).get(0).code();
  }
}
