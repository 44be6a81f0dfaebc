package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ipflow.workers.classification.ClassificationInput.DesignClaim;
import org.ipflow.workers.classification.ClassificationInput.NiceClaim;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class ClassificationCheckTest {

  private static final double THRESHOLD = ClassificationCheck.DEFAULT_THRESHOLD;

  private final ClassificationCheck check = new ClassificationCheck();

  // ------------------------------------------------------------------------------ trade marks

  @Test
  void confirmsTermsDeclaredInTheirClasses() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(
                List.of(
                    new NiceClaim(9, List.of("computer software for accounting")),
                    new NiceClaim(25, List.of("woollen jumpers for children", "cotton t-shirts")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.CONFIRMED);
    assertThat(decision.reasons()).extracting(Reason::code).containsOnly("C-NICE-OK");
    assertThat(decision.type()).isEqualTo("classification");
    assertThat(decision.version()).isEqualTo(ClassificationCheck.VERSION);
    assertThat(decision.legalBasis()).contains("Nice Agreement");
  }

  @Test
  void refersATermDeclaredInTheWrongClassToAnExaminer() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(
                List.of(new NiceClaim(25, List.of("computer software for accounting")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-NICE-MISMATCH");
    assertThat(decision.reasons().get(0).text())
        .startsWith(
            "'computer software for accounting' is declared in class 25 but most likely belongs"
                + " to class 9 (confidence 0.");
  }

  @Test
  void acceptsADeclaredClassTheMatcherRanksSecondOrThird() {
    // "accounting software" is split between classes 9 (goods) and 42 (services).
    List<Suggestion> ranking = check.suggestNiceClasses("accounting software");
    assertThat(ranking.get(0).code()).isNotEqualTo("42");
    assertThat(ranking).extracting(Suggestion::code).contains("42");

    Decision decision =
        check.decide(
            ClassificationInput.trademark(
                List.of(new NiceClaim(42, List.of("accounting software")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.CONFIRMED);
    assertThat(decision.reasons().get(0).text()).contains("among its likeliest classes");
  }

  @Test
  void keepsTheDeclaredClassWhenTheMatcherIsNotConfident() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(List.of(new NiceClaim(12, List.of("qwzx blorf")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.CONFIRMED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-NICE-UNVERIFIED");
  }

  @Test
  void suggestsAClassForAnUnclassifiedTermWhenConfident() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(
                List.of(new NiceClaim(null, List.of("organic fertiliser for roses")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.SUGGESTED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-NICE-SUGGESTED");
    assertThat(decision.reasons().get(0).text()).contains("class 1 (Chemicals)");
    Map<?, ?> suggestion = suggestions(decision).get(0);
    assertThat(suggestion.get("term")).isEqualTo("organic fertiliser for roses");
    assertThat(suggestion.get("declaredClass")).isNull();
    assertThat(suggestion.get("suggested")).isEqualTo("1");
    assertThat((Double) suggestion.get("confidence")).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat((List<?>) suggestion.get("ranking")).hasSizeBetween(1, 3);
  }

  @Test
  void refersAnUnclassifiedTermToAnExaminerBelowTheThreshold() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(List.of(new NiceClaim(null, List.of("qwzx blorf")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("C-NICE-LOW-CONFIDENCE");
  }

  @Test
  void theThresholdDecidesBetweenSuggestionAndExaminer() {
    ClassificationInput input =
        ClassificationInput.trademark(List.of(new NiceClaim(null, List.of("accounting software"))));
    double confidence = check.suggestNiceClasses("accounting software").get(0).confidence();

    assertThat(check.decide(input, confidence).outcome()).isEqualTo(ClassificationCheck.SUGGESTED);
    assertThat(check.decide(input, Math.min(1.0, confidence + 0.001)).outcome())
        .isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
  }

  @Test
  void refersAClassOutsideOneToFortyFive() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(List.of(new NiceClaim(46, List.of("teleportation")))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-NICE-INVALID-CLASS");
    assertThat(decision.reasons().get(0).text()).contains("Class 46 is not a class");
    assertThat(
            check
                .decide(
                    ClassificationInput.trademark(List.of(new NiceClaim(0, List.of("soap")))),
                    THRESHOLD)
                .reasons())
        .extracting(Reason::code)
        .containsExactly("C-NICE-INVALID-CLASS");
  }

  @Test
  void refersEmptyClassesAndEmptyTerms() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(
                List.of(
                    new NiceClaim(3, List.of()),
                    new NiceClaim(9, java.util.Arrays.asList(" ", null)))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("C-NICE-NO-TERMS", "C-NICE-EMPTY-TERM", "C-NICE-EMPTY-TERM");
  }

  @Test
  void refersAnApplicationWithNothingToClassify() {
    Decision decision = check.decide(ClassificationInput.trademark(List.of()), THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-NOTHING");
  }

  @Test
  void snapshotsEverythingTheDecisionUsed() {
    Decision decision =
        check.decide(
            ClassificationInput.trademark(List.of(new NiceClaim(null, List.of("soap for dogs")))),
            0.75);

    assertThat(decision.inputs())
        .containsEntry("right", "TRADEMARK")
        .containsEntry("threshold", 0.75)
        .containsKeys("goodsAndServices", "dataVersion", "edition", "matcher");
    assertThat((String) decision.inputs().get("dataVersion")).contains("sha256:").contains("terms");
    assertThat((String) decision.inputs().get("edition")).contains("12th edition");
    assertThat(decision.outputs()).containsKeys("suggestions", "examinerItems", "suggestedItems");
  }

  @Test
  void sameInputGivesAnEqualDecision() {
    ClassificationInput input =
        ClassificationInput.trademark(
            List.of(
                new NiceClaim(25, List.of("computer software", "t-shirts")),
                new NiceClaim(null, List.of("organic fertiliser for roses", "qwzx blorf"))));

    assertThat(check.decide(input, THRESHOLD)).isEqualTo(check.decide(input, THRESHOLD));
    assertThat(new ClassificationCheck().decide(input, THRESHOLD))
        .isEqualTo(check.decide(input, THRESHOLD));
  }

  @Test
  void rejectsAThresholdOutsideZeroToOne() {
    ClassificationInput input = ClassificationInput.trademark(List.of());

    assertThatThrownBy(() -> check.decide(input, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check.decide(input, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> check.decide(input, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------------------------- designs

  @Test
  void confirmsADesignInAPlausibleLocarnoSubclass() {
    Decision decision =
        check.decide(
            ClassificationInput.design(List.of(new DesignClaim("06-01", "office chair"))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.CONFIRMED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-LOC-OK");
    assertThat(decision.legalBasis()).contains("Locarno Agreement");
  }

  @Test
  void suggestsALocarnoSubclassForAnUnclassifiedDesign() {
    Decision decision =
        check.decide(
            ClassificationInput.design(List.of(new DesignClaim(null, "wristwatch"))), THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.SUGGESTED);
    assertThat(decision.reasons().get(0).text()).contains("10-02");
    assertThat(suggestions(decision).get(0).get("suggested")).isEqualTo("10-02");
  }

  @Test
  void refersInvalidAndImplausibleLocarnoValues() {
    Decision decision =
        check.decide(
            ClassificationInput.design(
                List.of(
                    new DesignClaim("6-1", "chair"),
                    new DesignClaim("33-01", "lamp"),
                    new DesignClaim("06-50", "table"),
                    new DesignClaim("14-02", "wristwatch"),
                    new DesignClaim("06-01", " "))),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly(
            "C-LOC-FORMAT",
            "C-LOC-UNKNOWN-CLASS",
            "C-LOC-UNKNOWN-SUBCLASS",
            "C-LOC-MISMATCH",
            "C-LOC-NO-PRODUCT");
    assertThat(decision.reasons().get(3).text())
        .contains("'wristwatch' is declared in 14-02 but most likely belongs to class 10");
  }

  // ---------------------------------------------------------------- patents and utility models

  @Test
  void confirmsWellFormedIpcSymbols() {
    Decision decision =
        check.decide(
            ClassificationInput.patent(List.of("A61K 31/00", "c07d 401/04"), "A compound", null),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.CONFIRMED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-IPC-OK", "C-IPC-OK");
    assertThat(decision.reasons().get(1).text()).startsWith("'C07D 401/04' is a well-formed");
    assertThat(decision.legalBasis()).contains("Strasbourg Agreement");
  }

  @Test
  void refersInvalidIpcSymbols() {
    Decision decision =
        check.decide(
            ClassificationInput.utilityModel(
                List.of("A61K", "Z01B 1/00", "A02B 1/00"), "A device", null),
            THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("C-IPC-FORMAT", "C-IPC-UNKNOWN-SECTION", "C-IPC-UNKNOWN-CLASS");
    assertThat(decision.inputs()).containsEntry("right", "UTILITY_MODEL");
  }

  @Test
  void suggestsAnIpcClassFromTheTitleButLeavesTheSymbolToAnExaminer() {
    Decision decision =
        check.decide(
            ClassificationInput.patent(
                List.of(), "Lithium ion battery electrode with silicon anode", null),
            0.0);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("C-IPC-CLASS-SUGGESTED");
    assertThat(decision.reasons().get(0).text()).contains("class H01").contains("class level");
    assertThat(suggestions(decision).get(0).get("suggested")).isEqualTo("H01");
  }

  @Test
  void refersAPatentWithNeitherSymbolsNorTitle() {
    Decision decision = check.decide(ClassificationInput.patent(null, " ", null), THRESHOLD);

    assertThat(decision.outcome()).isEqualTo(ClassificationCheck.NEEDS_EXAMINER);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("C-IPC-NOTHING");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<?, ?>> suggestions(Decision decision) {
    return (List<Map<?, ?>>) decision.outputs().get("suggestions");
  }
}
