package org.ipflow.workers.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ipflow.workers.decision.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrademarkFeesTest {

  private final TrademarkFees fees = new TrademarkFees();

  @ParameterizedTest(name = "{0} classes filed on {1} cost {2} EUR")
  @CsvSource({
    "1, 2026-11-24, 850.00",
    "2, 2026-11-24, 1000.00",
    "3, 2026-11-24, 1150.00",
    "0, 2026-11-24, 850.00",
    "1, 2026-12-31, 850.00",
    "1, 2027-01-01, 900.00",
    "3, 2027-01-01, 1220.00",
  })
  void baseFeeCoversOneClassAndEachFurtherClassIsCharged(
      int classes, LocalDate filingDate, String expectedAmount) {
    Decision decision = fees.decide(new FeeInput("TRADEMARK", filingDate, classes));

    assertThat(decision.outcome()).isEqualTo(TrademarkFees.CALCULATED);
    assertThat(decision.outputs())
        .containsEntry("amount", expectedAmount)
        .containsEntry("currency", "EUR");
    assertThat(decision.reasons()).hasSize(2);
  }

  @Test
  void versionNamesTheTableTagAndItsContent() {
    assertThat(fees.version()).matches("2026\\.1\\+sha256:[0-9a-f]{12}");
    assertThat(fees.decide(new FeeInput("TRADEMARK", LocalDate.of(2026, 5, 1), 1)).version())
        .isEqualTo(fees.version());
  }

  @Test
  void dateBeforeAnyScheduleIsAnErrorNotAFreeFiling() {
    assertThatThrownBy(() -> fees.decide(new FeeInput("TRADEMARK", LocalDate.of(2019, 12, 31), 1)))
        .isInstanceOf(NoFeeScheduleException.class)
        .hasMessageContaining("2019-12-31");
  }
}
