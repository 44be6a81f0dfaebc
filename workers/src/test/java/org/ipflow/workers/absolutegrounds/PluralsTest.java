package org.ipflow.workers.absolutegrounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {

  @ParameterizedTest
  @CsvSource({
    "en, watch, watches",
    "en, box, boxes",
    "en, shoe, shoes",
    "en, berry, berries",
    "en, glass, glasses",
    "fr, montre, montres",
    "fr, bijou, bijoux",
    "fr, journal, journaux",
    "fr, chapeau, chapeaux",
    "es, cerveza, cervezas",
    "es, reloj, relojes",
    "es, clase, clases",
    "es, cruz, cruces",
    "de, uhr, uhren",
    "de, bier, biere",
    "de, kaffee, kaffees",
    "de, beste, besten",
    "de, beste, bestes"
  })
  void singularAndPluralMeetOnTheSameStem(String language, String singular, String plural) {
    assertThat(Plurals.stem(language, plural)).isEqualTo(Plurals.stem(language, singular));
  }

  @ParameterizedTest
  @CsvSource({"en, swiss", "en, plus", "en, pro", "fr, pro", "es, bus", "de, uhr"})
  void leavesShortWordsAndNonPluralEndingsAlone(String language, String word) {
    assertThat(Plurals.stem(language, word)).isEqualTo(word);
  }

  @ParameterizedTest
  @CsvSource({"en, watch, watchman", "de, pro, prometheus", "fr, or, ordinateur"})
  void neverCutsOneWordDownToAnother(String language, String listed, String other) {
    assertThat(Plurals.stem(language, other)).isNotEqualTo(Plurals.stem(language, listed));
  }
}
