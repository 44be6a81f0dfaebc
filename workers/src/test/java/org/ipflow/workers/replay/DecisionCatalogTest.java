package org.ipflow.workers.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.examination.AutomatedAcceptance;
import org.ipflow.workers.fees.ApplicationFeeInput;
import org.ipflow.workers.fees.ApplicationFees;
import org.ipflow.workers.fees.TrademarkFees;
import org.ipflow.workers.formalities.TrademarkFormalities;
import org.ipflow.workers.relativegrounds.ClassRelation;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput;
import org.ipflow.workers.relativegrounds.RelativeGroundsPolicy;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class DecisionCatalogTest {

  private final DecisionCatalog catalog = DecisionCatalog.standard();

  @Test
  void knowsCurrentAndOlderVersions() {
    assertThat(catalog.versions(AutomatedAcceptance.TYPE))
        .containsExactlyInAnyOrder(AutomatedAcceptance.VERSION, AutomatedAcceptance.VERSION_1_0_0);
    assertThat(catalog.versions(TrademarkFormalities.TYPE)).containsExactly("1.0.0");
    assertThat(catalog.versions(TrademarkFees.TYPE)).containsExactly(new TrademarkFees().version());
    assertThat(catalog.versions(ApplicationFees.TYPE))
        .containsExactly(new ApplicationFees().version());
  }

  @Test
  void aDecisionWrittenNowIsReproduced() {
    Decision fee =
        new ApplicationFees()
            .decide(new ApplicationFeeInput("DESIGN", LocalDate.of(2027, 1, 1), "SME", 3));

    ReplayResult result = catalog.replay(fee);

    assertThat(result.reproduced()).as(result.differences().toString()).isTrue();
    assertThat(result.replayed()).isEqualTo(fee);
  }

  @Test
  void aRelativeGroundsSearchReadBackFromJsonIsReproduced() {
    Decision written =
        new RelativeGroundsDecision()
            .decide(
                new RelativeGroundsInput(
                    "CODAK",
                    java.util.Set.of(9),
                    RelativeGroundsPolicy.EX_OFFICIO,
                    0.7,
                    List.of(
                        new RelativeGroundsInput.EarlierMark(
                            "8f0c2a4e-0000-4000-8000-000000000042",
                            "302020000000042",
                            "00000042",
                            "KODAK",
                            List.of(9),
                            ClassRelation.SAME,
                            0.8333,
                            1.0,
                            0.9),
                        new RelativeGroundsInput.EarlierMark(
                            "8f0c2a4e-0000-4000-8000-000000000043",
                            "302020000000043",
                            null,
                            "CODEX",
                            List.of(42),
                            ClassRelation.RELATED,
                            0.4,
                            0.5,
                            0.45))));
    Decision readBack =
        new Decision(
            written.type(),
            written.version(),
            written.outcome(),
            written.reasons(),
            throughJson(written.inputs()),
            throughJson(written.outputs()),
            written.legalBasis());

    ReplayResult result = catalog.replay(readBack);

    assertThat(result.differences()).isEmpty();
    assertThat(result.reproduced()).isTrue();
  }

  private static Map<String, Object> throughJson(Map<String, Object> value) {
    JsonMapper json = JsonMapper.builder().build();
    return json.readValue(json.writeValueAsString(value), new TypeReference<>() {});
  }

  @Test
  void aTamperedRowIsNotReproducedAndSaysWhere() {
    Decision fee =
        new ApplicationFees()
            .decide(new ApplicationFeeInput("TRADEMARK", LocalDate.of(2026, 12, 31), "SME", 2));
    Map<String, Object> outputs = new LinkedHashMap<>(fee.outputs());
    outputs.put("amountMinor", 1L);
    Decision tampered =
        new Decision(
            fee.type(), fee.version(), "WAIVED", fee.reasons(), fee.inputs(), outputs, "x");

    ReplayResult result = catalog.replay(tampered);

    assertThat(result.replayable()).isTrue();
    assertThat(result.reproduced()).isFalse();
    assertThat(result.differences())
        .anySatisfy(d -> assertThat(d).startsWith("outcome: recorded 'WAIVED'"))
        .anySatisfy(d -> assertThat(d).startsWith("outputs.amountMinor: recorded 1,"));
    assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("legalBasis"));
  }

  @Test
  void anUnknownVersionOrAnIncompleteSnapshotIsNotReplayable() {
    Decision unknown =
        new Decision(
            "formalities",
            "0.9.0",
            "COMPLETE",
            List.of(new Reason("F00", "ok")),
            Map.of(),
            Map.of(),
            "b");
    assertThat(catalog.replay(unknown).replayable()).isFalse();
    assertThat(catalog.replay(unknown).differences().get(0)).contains("no loadable version 0.9.0");

    Decision incomplete =
        new Decision(
            "deemed-withdrawal",
            "1.0.0",
            "WITHDRAWN",
            List.of(new Reason("TL-EXPIRED", "x")),
            Map.of("timeLimitEnd", "2026-01-01", "today", "2026-02-01"),
            Map.of(),
            "b");
    ReplayResult result = catalog.replay(incomplete);
    assertThat(result.replayable()).isFalse();
    assertThat(result.differences().get(0)).contains("inputs.answerReceived");
    assertThatThrownBy(() -> catalog.rerun("nope", "1", Map.of()))
        .isInstanceOf(NotReplayableException.class);
  }

  @Test
  void automatedAcceptanceKeepsTheOrderOfItsChecksThroughTheLedger() {
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("absolute-grounds-prescreen", "NOTE_FOR_EXAMINER");
    checks.put("classification", "SUGGESTED");
    Decision current =
        new AutomatedAcceptance().decide(true, checks, List.of("CLEAR", "CONFIRMED"));

    // jsonb gives the keys of an object back shortest first: 1.1.0 records a list instead.
    assertThat(current.inputs().get("checks")).isInstanceOf(List.class);
    assertThat(catalog.replay(current).reproduced()).isTrue();
  }

  @Test
  void automatedAcceptance100IsReplayedInTheOrderItWasCalledWith() {
    Map<String, String> readBack = new LinkedHashMap<>();
    readBack.put("classification", "SUGGESTED");
    readBack.put("absolute-grounds-prescreen", "NOTE_FOR_EXAMINER");
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("checks", readBack);
    inputs.put("enabled", true);
    inputs.put("greenOutcomes", List.of("CLEAR", "CONFIRMED"));
    Decision recorded =
        new Decision(
            AutomatedAcceptance.TYPE,
            AutomatedAcceptance.VERSION_1_0_0,
            AutomatedAcceptance.EXAMINER_REQUIRED,
            List.of(
                new Reason(
                    "AA-absolute-grounds-prescreen",
                    "The check absolute-grounds-prescreen found NOTE_FOR_EXAMINER: an examiner"
                        + " looks."),
                new Reason(
                    "AA-classification",
                    "The check classification found SUGGESTED: an examiner looks.")),
            inputs,
            Map.of(),
            "Acceptance of a trade-mark application when no ground for refusal applies (the"
                + " office's trade-mark law; automated under its rules on automated decisions,"
                + " GDPR Art. 22(2)(b) for natural persons)");

    ReplayResult result = catalog.replay(recorded);

    assertThat(result.differences()).isEmpty();
    assertThat(result.notes()).isEmpty();
  }
}
