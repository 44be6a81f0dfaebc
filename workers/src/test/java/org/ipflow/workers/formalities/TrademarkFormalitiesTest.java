package org.ipflow.workers.formalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.formalities.TrademarkFormalitiesInput.ClassTerms;
import org.junit.jupiter.api.Test;

class TrademarkFormalitiesTest {

  private final TrademarkFormalities formalities = new TrademarkFormalities();

  @Test
  void completeApplicationPassesWithOneExplainingReason() {
    Decision decision = formalities.decide(complete());

    assertThat(decision.outcome()).isEqualTo(TrademarkFormalities.COMPLETE);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("F00");
    assertThat(decision.type()).isEqualTo(TrademarkFormalities.TYPE);
    assertThat(decision.version()).isEqualTo(TrademarkFormalities.VERSION);
    assertThat(decision.legalBasis()).isNotBlank();
    assertThat(decision.inputs()).containsEntry("applicantCountry", "CH");
  }

  @Test
  void imageAloneIsARepresentationOfTheMark() {
    Decision decision =
        formalities.decide(
            new TrademarkFormalitiesInput(
                "Acme SA",
                "FR",
                null,
                true,
                List.of(new ClassTerms(9, List.of("Computer software")))));

    assertThat(decision.outcome()).isEqualTo(TrademarkFormalities.COMPLETE);
  }

  @Test
  void listsEveryDeficiencyWithItsOwnCode() {
    Decision decision =
        formalities.decide(
            new TrademarkFormalitiesInput(
                " ",
                "XQ",
                "",
                false,
                List.of(
                    new ClassTerms(46, List.of("Teleportation")),
                    new ClassTerms(46, List.of(" ")),
                    new ClassTerms(3, List.of()))));

    assertThat(decision.outcome()).isEqualTo(TrademarkFormalities.DEFICIENT);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .contains("F01", "F02", "F03", "F05", "F06", "F07")
        .doesNotContain("F00");
  }

  @Test
  void emptyGoodsAndServicesListIsADeficiency() {
    Decision decision =
        formalities.decide(
            new TrademarkFormalitiesInput("Acme SA", "FR", "ACME", false, List.of()));

    assertThat(decision.outcome()).isEqualTo(TrademarkFormalities.DEFICIENT);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("F04");
  }

  @Test
  void sameInputGivesTheSameDecision() {
    assertThat(formalities.decide(complete())).isEqualTo(formalities.decide(complete()));
  }

  private static TrademarkFormalitiesInput complete() {
    return new TrademarkFormalitiesInput(
        "Helvetia Watches AG",
        "CH",
        "TICTAC",
        false,
        List.of(
            new ClassTerms(14, List.of("Watches", "Clocks")),
            new ClassTerms(35, List.of("Retail services"))));
  }
}
