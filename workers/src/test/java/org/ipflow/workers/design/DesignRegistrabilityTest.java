package org.ipflow.workers.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class DesignRegistrabilityTest {

  private final DesignRegistrability registrability = new DesignRegistrability();

  @Test
  void classifiedAndReproducedDesignsAreRegistrableAsToForm() {
    assertThat(
            registrability.decide(List.of(new Application.Design("Watch", "10-02")), 1).outcome())
        .isEqualTo(DesignRegistrability.REGISTRABLE);
  }

  @Test
  void locarnoClassThatDoesNotExistGoesToAnExaminer() {
    assertThat(
            registrability.decide(List.of(new Application.Design("Watch", "77-01")), 1).reasons())
        .extracting(Reason::code)
        .containsExactly("DR02");
  }

  @Test
  void malformedOrMissingClassificationAndTooFewViewsAreNamed() {
    assertThat(
            registrability
                .decide(
                    List.of(
                        new Application.Design("Watch", "10.02"),
                        new Application.Design("Case", null)),
                    1)
                .reasons())
        .extracting(Reason::code)
        .containsExactly("DR01", "DR01", "DR03");
  }
}
