package org.ipflow.workers.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationFeesTest {

  private final ApplicationFees fees = new ApplicationFees();

  @ParameterizedTest(name = "{0} by {1} with {2} units on {3}: {4} EUR")
  @CsvSource({
    // right, category, units, filing date, amount
    "TRADEMARK, LEGAL_ENTITY, 1, 2026-12-31, 850.00",
    "TRADEMARK, LEGAL_ENTITY, 3, 2026-12-31, 1150.00",
    "TRADEMARK, LEGAL_ENTITY, 3, 2027-01-01, 1220.00",
    "TRADEMARK, SME, 1, 2026-12-31, 637.50",
    "TRADEMARK, NATURAL_PERSON, 2, 2026-06-01, 750.00",
    "DESIGN, LEGAL_ENTITY, 1, 2026-12-31, 350.00",
    "DESIGN, LEGAL_ENTITY, 4, 2026-12-31, 875.00",
    "DESIGN, LEGAL_ENTITY, 4, 2027-01-01, 925.00",
    "PATENT, LEGAL_ENTITY, 10, 2026-12-31, 600.00",
    "PATENT, LEGAL_ENTITY, 12, 2026-12-31, 1100.00",
    "PATENT, LEGAL_ENTITY, 12, 2027-01-01, 1180.00",
    "PATENT, NATURAL_PERSON, 10, 2026-12-31, 300.00",
    "PATENT, SME, 11, 2026-12-31, 595.00",
    "UTILITY_MODEL, LEGAL_ENTITY, 10, 2026-12-31, 300.00",
    "UTILITY_MODEL, LEGAL_ENTITY, 15, 2027-06-30, 800.00",
    "UTILITY_MODEL, NATURAL_PERSON, 15, 2027-06-30, 400.00",
  })
  void feeFollowsTheRightsScheduleInForceOnTheFilingDate(
      String right, String category, int units, LocalDate date, String amount) {
    Decision decision = fees.decide(new ApplicationFeeInput(right, date, category, units));

    assertThat(decision.outcome()).isEqualTo(ApplicationFees.CALCULATED);
    assertThat(decision.outputs()).containsEntry("amount", amount).containsEntry("currency", "EUR");
    assertThat(decision.reasons()).extracting(Reason::code).contains("FEE-BASE", "FEE-TOTAL");
  }

  @Test
  void reductionIsExplainedInItsOwnReason() {
    Decision decision =
        fees.decide(
            new ApplicationFeeInput("PATENT", LocalDate.of(2026, 5, 1), "NATURAL_PERSON", 10));

    assertThat(decision.reasons())
        .filteredOn(r -> r.code().equals("FEE-REDUCTION"))
        .singleElement()
        .satisfies(r -> assertThat(r.text()).contains("50 %"));
    assertThat(decision.outputs()).containsEntry("reductionPercent", 50);
  }

  @Test
  void versionNamesTheTablesAndTheirContent() {
    assertThat(fees.version()).matches("fees:2026\\.2\\+sha256:[0-9a-f]{12}");
  }

  @Test
  void dateBeforeAnyScheduleIsAnErrorNotAFreeFiling() {
    assertThatThrownBy(
            () ->
                fees.decide(
                    new ApplicationFeeInput(
                        "DESIGN", LocalDate.of(2019, 12, 31), "LEGAL_ENTITY", 1)))
        .isInstanceOf(NoFeeScheduleException.class)
        .hasMessageContaining("2019-12-31");
  }
}
