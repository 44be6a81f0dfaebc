package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class St13Test {

  @Test
  void acceptsFifteenDigitsOnly() {
    assertThat(St13.isValid("302026000000123")).isTrue();
    assertThat(St13.isValid("30202600000012")).isFalse();
    assertThat(St13.isValid("3020260000001234")).isFalse();
    assertThat(St13.isValid("30-2026-000000123")).isFalse();
    assertThat(St13.isValid("30202600000012X")).isFalse();
    assertThat(St13.isValid(null)).isFalse();
  }

  @Test
  void formatsTheNumberOfARightsYearAndSerial() {
    assertThat(St13.format(IpRight.TRADEMARK, 2026, 123)).isEqualTo("302026000000123");
    assertThat(St13.format(IpRight.PATENT, 2026, 999_999_999)).isEqualTo("102026999999999");
    assertThatThrownBy(() -> St13.format(IpRight.DESIGN, 2026, 1_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesAndDisplaysTheParts() {
    assertThat(St13.parse("402026000000045")).isEqualTo(new St13.Parts("40", 2026, 45));
    assertThat(St13.display("402026000000045")).isEqualTo("40-2026-000000045");
  }

  @Test
  void normalizesNumbersWrittenWithSeparators() {
    assertThat(St13.normalize(" 30-2026-000000123 ")).isEqualTo("302026000000123");
    assertThat(St13.normalize("30 2026 000000123")).isEqualTo("302026000000123");
    assertThatThrownBy(() -> St13.normalize("30-2026-123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ST.13");
  }

  @Test
  void usesThePlatformsIpTypeCodes() {
    assertThat(IpRight.PATENT.st13Code()).isEqualTo("10");
    assertThat(IpRight.UTILITY_MODEL.st13Code()).isEqualTo("20");
    assertThat(IpRight.TRADEMARK.st13Code()).isEqualTo("30");
    assertThat(IpRight.DESIGN.st13Code()).isEqualTo("40");
  }
}
