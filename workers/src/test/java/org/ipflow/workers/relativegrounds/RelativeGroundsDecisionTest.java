package org.ipflow.workers.relativegrounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.decision.ReasonTexts;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput.EarlierMark;
import org.junit.jupiter.api.Test;

class RelativeGroundsDecisionTest {

  private final RelativeGroundsDecision decision = new RelativeGroundsDecision();

  private static final EarlierMark KODAK =
      new EarlierMark(
          "8f0c2a4e-0000-4000-8000-000000000042",
          "302020000000042",
          "00000042",
          "KODAK",
          List.of(9),
          ClassRelation.SAME,
          0.8333,
          1.0,
          0.9);
  private static final EarlierMark KODAKO_PUBLISHED =
      new EarlierMark(
          "8f0c2a4e-0000-4000-8000-000000000043",
          "302026000000043",
          null,
          "KODAKO",
          List.of(42, 45),
          ClassRelation.RELATED,
          0.6,
          0.8,
          0.612);
  private static final EarlierMark FAR =
      new EarlierMark(
          "8f0c2a4e-0000-4000-8000-000000000044",
          "302021000000044",
          "00000044",
          "KADIMO",
          List.of(9),
          ClassRelation.SAME,
          0.1,
          0.5,
          0.26);

  @Test
  void noCandidateAboveTheThresholdIsClear() {
    Decision clear = decision.decide(input(RelativeGroundsPolicy.EX_OFFICIO, 0.7, FAR));

    assertThat(clear.outcome()).isEqualTo(RelativeGroundsDecision.CLEAR);
    assertThat(clear.reasons())
        .containsExactly(
            new Reason(
                "RG00",
                "No earlier mark in the same or related classes reaches the score of 0.70"
                    + " (1 candidate compared).",
                List.of("0.70", "1")));
    assertThat(clear.outputs()).containsEntry("hitCount", 0).containsEntry("hits", List.of());
  }

  @Test
  void anEmptyRegisterIsClear() {
    assertThat(decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.7)).outcome())
        .isEqualTo(RelativeGroundsDecision.CLEAR);
  }

  @Test
  void hitsAreAnObjectionToSuggestWhereTheOfficeExaminesRelativeGroundsExOfficio() {
    Decision suggested = decision.decide(input(RelativeGroundsPolicy.EX_OFFICIO, 0.6, FAR, KODAK));

    assertThat(suggested.outcome()).isEqualTo(RelativeGroundsDecision.OBJECTION_SUGGESTED);
    assertThat(suggested.reasons()).extracting(Reason::code).containsExactly("RG01", "RG10");
  }

  @Test
  void hitsAreNotifiedWhereRelativeGroundsAreLeftToOppositions() {
    Decision notify = decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.6, FAR, KODAK));

    assertThat(notify.outcome()).isEqualTo(RelativeGroundsDecision.NOTIFY_EARLIER_RIGHTS);
    assertThat(notify.reasons()).extracting(Reason::code).containsExactly("RG01", "RG11");
  }

  @Test
  void eachHitIsExplainedWithItsClassesAndScores() {
    Decision notify =
        decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.6, KODAKO_PUBLISHED, KODAK));

    assertThat(notify.reasons())
        .extracting(Reason::text)
        .startsWith(
            "Earlier mark 00000042 'KODAK' in class 9 (same class): text similarity 0.83,"
                + " phonetic 1.00, score 0.90.",
            "Earlier application 302026000000043 'KODAKO' in class 42 (related to the classes"
                + " applied for): text similarity 0.60, phonetic 0.80, score 0.61.");
    assertThat(notify.reasons()).extracting(Reason::code).containsExactly("RG01", "RG02", "RG11");
  }

  @Test
  void everyReasonOfASearchCanBeWrittenInEachLanguageOfProceedings() {
    for (RelativeGroundsPolicy policy : RelativeGroundsPolicy.values()) {
      Decision found = decision.decide(input(policy, 0.5, KODAKO_PUBLISHED, FAR, KODAK));
      for (Reason reason : found.reasons()) {
        assertThat(ReasonTexts.key(reason)).as(reason.toString()).isPresent();
      }
    }
    Decision found = decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.6, KODAK));
    assertThat(ReasonTexts.text(found.reasons().get(0), "fr"))
        .isEqualTo(
            "Marque antérieure 00000042 « KODAK » dans la classe 9 (même classe) : similarité"
                + " textuelle 0.83, phonétique 1.00, score 0.90.");
    assertThat(ReasonTexts.text(found.reasons().get(0), "es"))
        .startsWith("Marca anterior 00000042 «KODAK» en la clase 9 (misma clase)");
  }

  @Test
  void hitsAreRankedByScoreWithTheirDetailsAsOutputs() {
    Decision notify =
        decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.5, KODAKO_PUBLISHED, FAR, KODAK));

    assertThat(notify.outputs()).containsEntry("hitCount", 2);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> hits = (List<Map<String, Object>>) notify.outputs().get("hits");
    assertThat(hits).extracting(hit -> hit.get("rank")).containsExactly(1, 2);
    assertThat(hits).extracting(hit -> hit.get("markText")).containsExactly("KODAK", "KODAKO");
    assertThat(hits.get(1))
        .containsEntry("registrationNumber", null)
        .containsEntry("classRelation", "RELATED")
        .containsEntry("niceClasses", List.of(42, 45))
        .containsEntry("score", 0.612);
  }

  @Test
  void aScoreEqualToTheThresholdIsAHit() {
    assertThat(decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.9, KODAK)).outcome())
        .isEqualTo(RelativeGroundsDecision.NOTIFY_EARLIER_RIGHTS);
  }

  @Test
  void theCandidatesAndTheSearchMethodArePartOfTheInputs() {
    Decision recorded = decision.decide(input(RelativeGroundsPolicy.NOTIFY, 0.6, FAR, KODAK));

    assertThat(recorded.inputs())
        .containsEntry("markText", "CODAK")
        .containsEntry("niceClasses", List.of(9))
        .containsEntry("policy", "NOTIFY")
        .containsEntry("scoreThreshold", 0.6)
        .containsKey("searchMethod");
    assertThat((List<?>) recorded.inputs().get("candidates")).hasSize(2);
    assertThat(recorded.type()).isEqualTo("relative-grounds-search");
    assertThat(recorded.legalBasis()).contains("Art. 6bis").contains("Art. 16(1)");
  }

  @Test
  void replayingFromTheRecordedInputsGivesTheSameDecision() {
    Decision recorded =
        decision.decide(input(RelativeGroundsPolicy.EX_OFFICIO, 0.6, FAR, KODAKO_PUBLISHED, KODAK));

    Decision replayed = decision.decide(RelativeGroundsInput.fromSnapshot(recorded.inputs()));

    assertThat(replayed).isEqualTo(recorded);
  }

  @Test
  void thresholdOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> input(RelativeGroundsPolicy.NOTIFY, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> input(RelativeGroundsPolicy.NOTIFY, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static RelativeGroundsInput input(
      RelativeGroundsPolicy policy, double threshold, EarlierMark... candidates) {
    return new RelativeGroundsInput("CODAK", Set.of(9), policy, threshold, List.of(candidates));
  }
}
