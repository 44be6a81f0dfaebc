package org.ipflow.workers.opposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class OppositionAdmissibilityTest {

  private final OppositionAdmissibility rule = new OppositionAdmissibility();
  private final LocalDate lastDay = LocalDate.of(2027, 3, 1);

  @Test
  void oppositionInTimePaidWithAnEarlierRightAndGroundsIsAdmissible() {
    assertThat(
            rule.decide(input(lastDay, 32000, "00000001", true, "Likelihood of confusion"))
                .outcome())
        .isEqualTo(OppositionAdmissibility.ADMISSIBLE);
  }

  @Test
  void foreignEarlierRightIsShownByEvidenceNotLookedUp() {
    assertThat(rule.decide(input(lastDay, 32000, "EM 018000001", null, "Confusion")).outcome())
        .isEqualTo(OppositionAdmissibility.ADMISSIBLE);
  }

  @Test
  void everyDefectIsNamed() {
    assertThat(rule.decide(input(lastDay.plusDays(1), 100, " ", null, "")).reasons())
        .extracting(Reason::code)
        .containsExactly("OP01", "OP02", "OP03", "OP05");
    assertThat(rule.decide(input(lastDay, 32000, "00000099", false, "Confusion")).reasons())
        .extracting(Reason::code)
        .containsExactly("OP04");
  }

  private static OppositionInput input(
      LocalDate filed, long paid, String earlier, Boolean inRegister, String grounds) {
    return new OppositionInput(
        filed, LocalDate.of(2027, 3, 1), 32000, paid, earlier, inRegister, grounds);
  }
}
