package org.ipflow.workers.phonetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeyTest {

  @ParameterizedTest
  @CsvSource({
    "KODAK, KATAK",
    "PHOTOFIX, FATAFAKS",
    "XEROX, SARAKS",
    "SCHWEPPES, XVAPS",
    "APPLE, APL",
    "ORANGE, ARANJ",
    "CHROME, KRAM",
    "NATION, NASAN",
    "4711, 4711"
  })
  void givesTheDocumentedKeys(String mark, String key) {
    assertThat(PhoneticKey.of(mark)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
    "KODAK, CODAK",
    "KODAK, KODACK",
    "PHOTOFIX, FOTOFIX",
    "XEROX, ZEROX",
    "SCHWEPPES, SHWEPS",
    "COCA-COLA, KOKA KOLA",
    "Häagen-Dazs, HAAGEN DAZS",
    "QUICK, KWIK",
    "REEBOK, RIBOK",
    "ADIDAS, ADIDAS",
    "PFIZER, FIZER",
    "SCIENCE, SIENCE",
    "NEWTON, NEUTON",
    "NATION, NACIÓN",
    "GENTLE, JENTLE",
    "CAFÉ, KAFFEE",
    "GARÇON, GARSON",
    "STRASSE, STRAßE",
    "LEVI'S, LEVIS",
    "MICROSOFT, MIKROSOFT"
  })
  void marksSaidAlikeGetTheSameKey(String a, String b) {
    assertThat(PhoneticKey.of(a)).isEqualTo(PhoneticKey.of(b));
    assertThat(PhoneticKey.similarityOfMarks(a, b)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource({"APPLE, AMPLE", "NESCAFÉ, NESKAFE", "MILKA, MILKE", "ADIDAS, ADIDOS", "PUMA, PUMMA"})
  void marksSaidNearlyAlikeGetCloseKeys(String a, String b) {
    assertThat(PhoneticKey.similarityOfMarks(a, b)).isGreaterThanOrEqualTo(0.75);
  }

  @ParameterizedTest
  @CsvSource({"APPLE, ORANGE", "SONY, PHILIPS", "KODAK, NOKIA", "XEROX, CANON", "NIKE, REEBOK"})
  void marksSaidDifferentlyGetDistantKeys(String a, String b) {
    assertThat(PhoneticKey.similarityOfMarks(a, b)).isLessThanOrEqualTo(0.4);
  }

  @Test
  void ignoresCaseSpacesAndPunctuation() {
    assertThat(PhoneticKey.of("  coca - Cola! ")).isEqualTo(PhoneticKey.of("COCACOLA"));
  }

  @Test
  void sayingAFinalAccentedEKeepsItsSyllable() {
    assertThat(PhoneticKey.of("CAFÉ")).isEqualTo("KAFA");
    assertThat(PhoneticKey.of("CAFE")).isEqualTo("KAF");
  }

  @Test
  void markWithoutLettersOrDigitsHasAnEmptyKeyLikeNothing() {
    assertThat(PhoneticKey.of("!!! ★")).isEmpty();
    assertThat(PhoneticKey.similarity("", "")).isZero();
    assertThat(PhoneticKey.similarity("", "KATAK")).isZero();
  }

  @Test
  void similarityIsOneMinusEditDistanceOverTheLongerKey() {
    assertThat(PhoneticKey.similarity("KATAK", "KATAK")).isEqualTo(1.0);
    assertThat(PhoneticKey.similarity("APL", "AMPL")).isCloseTo(0.75, within(1e-9));
    assertThat(PhoneticKey.similarity("AMPL", "APL")).isCloseTo(0.75, within(1e-9));
    assertThat(PhoneticKey.similarity("ABC", "XYZ")).isZero();
  }

  @Test
  void refusesNullRatherThanGuessing() {
    assertThatNullPointerException().isThrownBy(() -> PhoneticKey.of(null));
    assertThatNullPointerException().isThrownBy(() -> PhoneticKey.similarity(null, "A"));
  }
}
