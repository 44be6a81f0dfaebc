package org.ipflow.workers.relativegrounds;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipflow.workers.phonetic.PhoneticKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeGroundsMarkFormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "KODAK, kodak",
    "Kodak Group, kodak",
    "THE KODAK COMPANY LTD., kodak",
    "Kodak International GmbH, kodak",
    "KODAKS, kodak",
    "KODDAK, kodak",
    "CODACK, kodak",
    "QUODAK, kodak",
    "PHOTON, foton",
    "FOTON, foton",
    "SYLVAN, silvan",
    "CINEX, sinex",
    "SWISS, swis",
    "Häagen-Dazs, hagen daz",
    "SUN-RISE, sun rise",
    "4711, 4711",
    "CHANEL, chanel",
  })
  void normalizedFormUndoesSpellingsThatReadTheSame(String mark, String normalized) {
    assertThat(MarkForms.normalized(mark)).isEqualTo(normalized);
  }

  @Test
  void aMarkOfGenericWordsOnlyKeepsThem() {
    assertThat(MarkForms.normalized("The Best Shop")).isEqualTo("the best shop");
  }

  @Test
  void aMarkWithoutLettersOrDigitsHasEmptyForms() {
    assertThat(MarkForms.normalized("★ – ★")).isEmpty();
    assertThat(MarkForms.phoneticKey("★ – ★")).isEmpty();
  }

  @Test
  void phoneticKeyIsTakenFromTheDistinctiveWords() {
    assertThat(MarkForms.phoneticKey("KODAK GROUP")).isEqualTo(PhoneticKey.of("KODAK"));
    assertThat(MarkForms.phoneticKey("SUN-RISE")).isEqualTo(MarkForms.phoneticKey("SUNRISE"));
  }
}
