package org.ipflow.workers.examination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class AutomatedAcceptanceTest {

  private final AutomatedAcceptance rule = new AutomatedAcceptance();
  private final List<String> green = List.of("CLEAR", "CONFIRMED");

  @Test
  void everyCheckGreenAcceptsWithoutAnExaminer() {
    assertThat(rule.decide(true, checks("CLEAR", "CONFIRMED"), green).outcome())
        .isEqualTo(AutomatedAcceptance.ACCEPT_AUTOMATICALLY);
  }

  @Test
  void anyFindingGoesToAnExaminerAndSaysWhich() {
    assertThat(rule.decide(true, checks("NOTE_FOR_EXAMINER", "CONFIRMED"), green).reasons())
        .extracting(Reason::code)
        .containsExactly("AA-absolute-grounds-prescreen");
  }

  @Test
  void officeMayHaveEveryMarkExamined() {
    assertThat(rule.decide(false, checks("CLEAR", "CONFIRMED"), green).outcome())
        .isEqualTo(AutomatedAcceptance.EXAMINER_REQUIRED);
  }

  private static Map<String, String> checks(String prescreen, String classification) {
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("absolute-grounds-prescreen", prescreen);
    checks.put("classification", classification);
    return checks;
  }
}
