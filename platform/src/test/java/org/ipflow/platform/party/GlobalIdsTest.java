package org.ipflow.platform.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"5493001KJTIIGC8Y1R12", "529900T8BM49AURSDO55", "HWUPKR0MPOU8FGXBT394"})
  void acceptsLeisWhoseCheckDigitsHold(String lei) {
    assertThat(GlobalIds.problem("LEI", lei)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5493001KJTIIGC8Y1R13", // one check digit off
        "5493001KJTIIGC8Y1R1", // 19 characters
        "5493001kjtiigc8y1r12", // lower case
        "5493001KJTIIGC8Y1RAB", // letters as check digits
        "549300-KJTIIGC8Y1R12"
      })
  void refusesWhatIsNotAnLei(String value) {
    assertThat(GlobalIds.problem("LEI", value)).isPresent();
  }

  @Test
  void partyNumbersHaveTheOfficeCodeAndNineDigits() {
    assertThat(GlobalIds.partyNumber("XX", 42)).isEqualTo("XX-P-000000042");
    assertThat(GlobalIds.problem("OFFICE", "XX-P-000000042")).isEmpty();
    assertThat(GlobalIds.problem("OFFICE", "XX-42")).isPresent();
    assertThat(GlobalIds.problem("DUNS", "123456789")).isPresent();
  }
}
