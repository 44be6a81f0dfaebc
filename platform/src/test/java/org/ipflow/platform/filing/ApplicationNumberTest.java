package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplicationNumberTest {

  @Test
  void numbersAsSt13TwoDigitsOfRightFourOfYearNineOfSerial() {
    assertThat(ApplicationNumber.of(IpRight.TRADEMARK, 2026, 42, "XX").value())
        .isEqualTo("302026000000042");
    assertThat(ApplicationNumber.of(IpRight.PATENT, 2027, 999_999_999, "CH").value())
        .isEqualTo("102027999999999");
    assertThat(ApplicationNumber.of(IpRight.DESIGN, 999, 1, "XX").value())
        .isEqualTo("400999000000001");
  }

  @Test
  void refusesASerialOutsideNineDigitsAndAYearOutsideFour() {
    assertThatThrownBy(() -> ApplicationNumber.of(IpRight.DESIGN, 2026, 0, "XX"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApplicationNumber.of(IpRight.DESIGN, 2026, 1_000_000_000L, "XX"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApplicationNumber.of(IpRight.DESIGN, 10_000, 1, "XX"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
