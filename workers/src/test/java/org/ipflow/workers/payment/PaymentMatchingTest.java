package org.ipflow.workers.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class PaymentMatchingTest {

  private final PaymentMatching matching = new PaymentMatching();
  private final LocalDate today = LocalDate.of(2026, 11, 24);

  @Test
  void paymentsThatAddUpToTheFeePayIt() {
    Decision decision =
        matching.decide(
            100000,
            "EUR",
            List.of(new Payment(60000, "EUR", "A", today), new Payment(40000, "EUR", "B", today)));

    assertThat(decision.outcome()).isEqualTo(PaymentMatching.PAID);
    assertThat(decision.outputs())
        .containsEntry("shortfallMinor", 0L)
        .containsEntry("paidMinor", 100000L);
  }

  @Test
  void missingAmountIsAShortfallSaidInMoney() {
    Decision decision =
        matching.decide(100000, "EUR", List.of(new Payment(85000, "EUR", "A", today)));

    assertThat(decision.outcome()).isEqualTo(PaymentMatching.SHORTFALL);
    assertThat(decision.reasons().get(0).text()).contains("150.00 EUR missing");
  }

  @Test
  void paymentInAnotherCurrencyIsNotCountedButNamed() {
    Decision decision =
        matching.decide(100000, "EUR", List.of(new Payment(100000, "CHF", "A", today)));

    assertThat(decision.outcome()).isEqualTo(PaymentMatching.SHORTFALL);
    assertThat(decision.reasons()).extracting(Reason::code).contains("PAY-CURRENCY");
  }

  @Test
  void overpaymentPaysAndIsRecordedForRefund() {
    Decision decision =
        matching.decide(100000, "EUR", List.of(new Payment(120000, "EUR", "A", today)));

    assertThat(decision.outcome()).isEqualTo(PaymentMatching.PAID);
    assertThat(decision.outputs()).containsEntry("overpaidMinor", 20000L);
  }

  @Test
  void feeConsequencesKeepTheClassesPaidForInTheirFiledOrder() {
    Map<String, Object> fee =
        Map.of(
            "amountMinor", 115000L,
            "baseFeeMinor", 85000L,
            "unitsIncluded", 1,
            "extraUnitFeeMinor", 15000L,
            "reductionPercent", 0);
    Decision decision = new FeeConsequences().decide("TRADEMARK", fee, 100000, List.of(9, 14, 35));

    assertThat(decision.outcome()).isEqualTo(FeeConsequences.CLASSES_DELETED);
    assertThat(decision.outputs())
        .containsEntry("keptClasses", List.of(9, 14))
        .containsEntry("deletedClasses", List.of(35));
  }

  @Test
  void feeConsequencesWithdrawAnApplicationWhoseBaseFeeIsUnpaid() {
    Map<String, Object> fee =
        Map.of(
            "amountMinor", 60000L,
            "baseFeeMinor", 60000L,
            "unitsIncluded", 10,
            "extraUnitFeeMinor", 25000L,
            "reductionPercent", 0);

    assertThat(new FeeConsequences().decide("PATENT", fee, 59999, List.of()).outcome())
        .isEqualTo(FeeConsequences.WITHDRAWN);
    assertThat(new FeeConsequences().decide("PATENT", fee, 60000, List.of()).outcome())
        .isEqualTo(FeeConsequences.PAID_IN_FULL);
  }

  @Test
  void otherRightsAreWithdrawnWhenPaidInPart() {
    Map<String, Object> fee =
        Map.of(
            "amountMinor", 87500L,
            "baseFeeMinor", 35000L,
            "unitsIncluded", 1,
            "extraUnitFeeMinor", 17500L,
            "reductionPercent", 0);

    assertThat(new FeeConsequences().decide("DESIGN", fee, 52500, List.of()).outcome())
        .isEqualTo(FeeConsequences.WITHDRAWN);
  }
}
