package org.ipflow.workers.absolutegrounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen.CLEAR;
import static org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen.NOTE_FOR_EXAMINER;
import static org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen.OBJECTION_SUGGESTED;

import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbsoluteGroundsPrescreenTest {

  private static final AbsoluteGroundsPrescreen PRESCREEN = new AbsoluteGroundsPrescreen();

  @ParameterizedTest
  @CsvSource({
    "TICTAC, 14",
    "KODAK, 9",
    "ZALANDO, 35",
    "PROMETHEUS, 9",
    "HÄAGEN-DAZS, 30",
    "APPLE, 9",
    "ROLEX, 14",
    "NESPRESSO, 30"
  })
  void clearsInventedAndArbitraryMarks(String mark, int niceClass) {
    Decision decision = decide(mark, niceClass);

    assertThat(decision.outcome()).isEqualTo(CLEAR);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("AG-CLEAR");
    assertThat(findings(decision)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"en, BEST ZORGLUB", "fr, MEILLEUR ZORGLUB", "es, MEJOR ZORGLUB", "de, BESTE ZORGLUB"})
  void findsDescriptiveTermsInEachLanguage(String language, String mark) {
    Decision decision = decideIn(language, mark, 9);

    assertThat(decision.outcome()).isEqualTo(NOTE_FOR_EXAMINER);
    assertOnlyFinding(decision, "AG-DESCRIPTIVE", "descriptive", language);
  }

  @ParameterizedTest
  @CsvSource({"en, WATCH", "fr, MONTRE", "es, RELOJ", "de, UHR"})
  void findsGenericNamesInEachLanguage(String language, String mark) {
    Decision decision = decideIn(language, mark, 14);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertOnlyFinding(decision, "AG-GENERIC", "generic", language);
    assertThat(findings(decision).get(0)).containsEntry("classes", List.of(14));
  }

  @ParameterizedTest
  @CsvSource({"en, BEER", "fr, BIÈRE", "es, CERVEZA", "de, BIER"})
  void beerIsGenericForBeerInEachLanguage(String language, String mark) {
    assertOnlyFinding(decideIn(language, mark, 32), "AG-GENERIC", "generic", language);
  }

  @ParameterizedTest
  @CsvSource({
    "en, SWISS ZORGLUB",
    "fr, ZORGLUB SUISSE",
    "es, ZORGLUB SUIZO",
    "de, SCHWEIZER ZORGLUB"
  })
  void findsGeographicalTermsInEachLanguage(String language, String mark) {
    Decision decision = decideIn(language, mark, 14);

    assertThat(decision.outcome()).isEqualTo(NOTE_FOR_EXAMINER);
    assertOnlyFinding(decision, "AG-GEOGRAPHICAL", "geographical", language);
  }

  @ParameterizedTest
  @CsvSource({
    "en, UNITED NATIONS TOURS",
    "fr, VOYAGES DES NATIONS UNIES",
    "es, NACIONES UNIDAS ZORGLUB",
    "de, ZORGLUB VEREINTE NATIONEN"
  })
  void findsNamesOfIntergovernmentalOrganisationsInEachLanguage(String language, String mark) {
    Decision decision = decideIn(language, mark, 45);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertThat(findings(decision))
        .filteredOn(f -> f.get("code").equals("AG-FORBIDDEN-6TER"))
        .singleElement()
        .satisfies(f -> assertThat(f.get("languages")).isEqualTo(List.of(language)))
        .satisfies(f -> assertThat((String) f.get("basis")).contains("Art. 6ter"));
  }

  @ParameterizedTest
  @CsvSource({
    "en, RED CROSS CARE",
    "fr, CROIX-ROUGE SANTÉ",
    "es, CRUZ ROJA ZORGLUB",
    "de, ROTES KREUZ ZORGLUB",
    "en, OLYMPIC ZORGLUB",
    "fr, JEUX OLYMPIQUES",
    "es, JUEGOS OLÍMPICOS",
    "de, OLYMPIA ZORGLUB"
  })
  void findsNamesOfProtectedEmblemsInEachLanguage(String language, String mark) {
    Decision decision = decideIn(language, mark, 44);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertOnlyFinding(decision, "AG-FORBIDDEN-EMBLEM", "forbidden-emblem", language);
    assertThat(decision.reasons().get(0).text())
        .contains("Ground: ")
        .containsPattern("Geneva|Nairobi");
  }

  @ParameterizedTest
  @CsvSource({"en, SHIT HAPPENS", "fr, MERDE ALORS", "es, ZORGLUB MIERDA", "de, SCHEISSE ZORGLUB"})
  void findsTermsContraryToPublicOrderInEachLanguage(String language, String mark) {
    Decision decision = decideIn(language, mark, 25);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertOnlyFinding(decision, "AG-PUBLIC-ORDER", "public-order", language);
    assertThat(decision.reasons().get(0).text()).contains("Art. 6quinquies B(3)");
  }

  @Test
  void checksLanguageNeutralAbbreviationsWhateverLanguageIsRequested() {
    Decision decision = decideIn("es", "UNESCO HERITAGE", 41);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertOnlyFinding(decision, "AG-FORBIDDEN-6TER", "forbidden-6ter", "mul");
  }

  @Test
  void checksOnlyTheRequestedLanguages() {
    assertThat(decideIn("en", "MONTRE", 14).outcome()).isEqualTo(CLEAR);
    assertThat(decideIn("fr", "MONTRE", 14).outcome()).isEqualTo(OBJECTION_SUGGESTED);
  }

  @Test
  void checksEveryConfiguredLanguageWhenNoneIsRequested() {
    Decision decision = decide("ZORGLUB", 9);

    assertThat(PRESCREEN.languages()).containsExactly("en", "fr", "es", "de");
    assertThat(decision.outputs().get("languagesChecked"))
        .isEqualTo(List.of("en", "fr", "es", "de", "mul"));
  }

  @Test
  void reportsARequestedLanguageWithoutListsInsteadOfIgnoringIt() {
    Decision decision =
        PRESCREEN.decide(new PrescreenInput("ZORGLUB", List.of("IT", "fr"), List.of(9)));

    assertThat(decision.outcome()).isEqualTo(NOTE_FOR_EXAMINER);
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("AG-LANGUAGE-NOT-CHECKED");
    assertThat(decision.outputs().get("languagesNotConfigured")).isEqualTo(List.of("it"));
    assertThat(decision.outputs().get("languagesChecked")).isEqualTo(List.of("fr", "mul"));
  }

  @Test
  void genericnessDependsOnTheDeclaredClasses() {
    assertThat(decide("WATCH", 14).outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertThat(decide("WATCH", 9).outcome()).isEqualTo(CLEAR);
    assertThat(decide("WATCH", 9, 14).outcome()).isEqualTo(OBJECTION_SUGGESTED);
  }

  @Test
  void classDependentTermIsOnlyANoteWhenNoClassIsDeclared() {
    Decision decision = decide("WATCH");

    assertThat(decision.outcome()).isEqualTo(NOTE_FOR_EXAMINER);
    assertThat(findings(decision))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("groundsObjection", false))
        .satisfies(f -> assertThat(f).containsEntry("classes", List.of(14)));
    assertThat(decision.reasons().get(0).text()).contains("No Nice class was declared");
  }

  @Test
  void descriptiveWordBesideADistinctiveElementIsANoteNotAnObjection() {
    Decision decision = decide("SUPER ZORGLUB", 9);

    assertThat(decision.outcome()).isEqualTo(NOTE_FOR_EXAMINER);
    assertThat(findings(decision))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("groundsObjection", false))
        .satisfies(f -> assertThat(f).containsEntry("matched", "SUPER"));
    assertThat(decision.reasons().get(0).text()).contains("not a ground on its own");
  }

  @ParameterizedTest
  @CsvSource({
    "THE BEST COFFEE, 30",
    "FRESH & NATURAL, 31",
    "SUPER PREMIUM QUALITY, 9",
    "SWISS WATCHES, 14",
    "LES MEILLEURES BIÈRES, 32",
    "CERVEZAS FRESCAS, 32",
    "BESTE UHREN, 14"
  })
  void markMadeOnlyOfDescriptiveAndGenericWordsSuggestsAnObjection(String mark, int niceClass) {
    Decision decision = decide(mark, niceClass);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertThat(decision.reasons().get(0).code()).isEqualTo("AG-NON-DISTINCTIVE");
    assertThat(decision.reasons().get(0).text()).contains("Art. 4(1)(b), (c) and (d)");
    assertThat(decision.outputs()).containsEntry("nonDistinctive", "ONLY_DESCRIPTIVE_OR_GENERIC");
    assertThat(findings(decision))
        .allSatisfy(f -> assertThat(f).containsEntry("groundsObjection", true));
  }

  @Test
  void termDescriptiveOnlyForOtherGoodsDoesNotMakeTheMarkDescriptive() {
    // "fresh" describes food and drink, not software.
    assertThat(decide("FRESH", 9).outcome()).isEqualTo(CLEAR);
    assertThat(decide("FRESH", 29).outcome()).isEqualTo(OBJECTION_SUGGESTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "x", "7", "Z.", " (Q) "})
  void singleLetterOrDigitSuggestsAnObjection(String mark) {
    Decision decision = decide(mark, 25);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("AG-NON-DISTINCTIVE");
    assertThat(decision.outputs()).containsEntry("nonDistinctive", "SINGLE_CHARACTER");
  }

  @Test
  void markOfFunctionWordsOnlySuggestsAnObjection() {
    Decision decision = decide("THE AND OF", 25);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertThat(decision.outputs()).containsEntry("nonDistinctive", "ONLY_FUNCTION_WORDS");
  }

  @Test
  void forbiddenNameSuggestsAnObjectionEvenBesideDistinctiveElements() {
    Decision decision = decide("ZORGLUB CROIX-ROUGE EXPRESS", 39);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertThat(findings(decision))
        .extracting(f -> f.get("code"), f -> f.get("groundsObjection"))
        .containsExactly(tuple("AG-FORBIDDEN-EMBLEM", true), tuple("AG-DESCRIPTIVE", false));
  }

  @ParameterizedTest
  @CsvSource({
    "PROMETHEUS, 9",
    "BESTIARY, 16",
    "WATCHMAN, 14",
    "SUPERB0WL, 41",
    "NAZIONALE, 43",
    "REDCROSSING, 44"
  })
  void matchesWholeWordsOnly(String mark, int niceClass) {
    assertThat(findings(decide(mark, niceClass))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Red Cross", "RED-CROSS", "red   cross!", "REDCROSS", "Red.Cross"})
  void findsMultiwordTermsAcrossSpacesAndPunctuationOrWrittenAsOneWord(String mark) {
    Decision decision = decide(mark, 5);

    assertThat(decision.outcome()).isEqualTo(OBJECTION_SUGGESTED);
    assertOnlyFinding(decision, "AG-FORBIDDEN-EMBLEM", "forbidden-emblem", "en");
  }

  @ParameterizedTest
  @CsvSource({
    "fr, QUALITE ZORGLUB",
    "fr, qualité zorglub",
    "fr, QUALITÉ ZORGLUB",
    "de, OKO ZORGLUB",
    "de, Öko Zorglub",
    "de, ZORGLUB SCHEISSE",
    "de, Zorglub Scheiße",
    "es, ZORGLUB EXPRÉS"
  })
  void foldsCaseAndDiacritics(String language, String mark) {
    assertThat(findings(decideIn(language, mark, 25))).hasSize(1);
  }

  @Test
  void readsCombiningAccentsLikePrecomposedLetters() {
    Decision decision = decideIn("fr", "QUALITE\u0301 ZORGLUB", 9);

    assertThat(findings(decision))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("matched", "QUALITÉ"));
  }

  @ParameterizedTest
  @CsvSource({
    "en, WATCHES, 14",
    "fr, MONTRES, 14",
    "fr, BIJOUX, 14",
    "fr, EAUX MINÉRALES, 32",
    "es, RELOJES, 14",
    "es, CERVEZAS, 32",
    "de, UHREN, 14",
    "de, BIERE, 32"
  })
  void matchesPluralsOfListedSingulars(String language, String mark, int niceClass) {
    assertOnlyFinding(decideIn(language, mark, niceClass), "AG-GENERIC", "generic", language);
  }

  @ParameterizedTest
  @CsvSource({
    "B3ST ZORGLUB, best",
    "$UPER ZORGLUB, super",
    "PR0 ZORGLUB, pro",
    "PH0T0 PHRESH ZORGLUB, fresh",
    "SH1T ZORGLUB, shit",
    "ZORGLUB €XTR@, extra"
  })
  void seesThroughLookalikeSubstitutions(String mark, String readAs) {
    Decision decision = decideIn("en", mark, 29);

    assertThat(findings(decision)).extracting(f -> f.get("readAs")).contains(readAs);
  }

  @Test
  void readsDottedAbbreviationsAsOneWord() {
    Decision decision = decideIn("en", "N.A.T.O. ZORGLUB", 9);

    assertOnlyFinding(decision, "AG-FORBIDDEN-6TER", "forbidden-6ter", "mul");
    assertThat(findings(decision).get(0)).containsEntry("matched", "N.A.T.O");
  }

  @Test
  void aNumberIsNotReadAsLetters() {
    assertThat(findings(decide("4711", 3))).isEmpty();
  }

  @Test
  void reportsATermInsideALongerTermOnce() {
    Decision decision = decideIn("en", "MINERAL WATER", 32);

    assertThat(findings(decision))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("terms", List.of("mineral water")));
  }

  @Test
  void markWithoutWordsIsLeftToTheExaminer() {
    Decision decision = decide("  ", 9);

    assertThat(decision.outcome()).isEqualTo(NOTE_FOR_EXAMINER);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("AG-NO-WORD-ELEMENT");
    assertThat(PRESCREEN.decide(new PrescreenInput(null, null, null)).outcome())
        .isEqualTo(NOTE_FOR_EXAMINER);
  }

  @Test
  void findingCitesTheWordItsLanguageCategoryAndGround() {
    Decision decision = decide("B3ST COFFEE", 30);

    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("AG-NON-DISTINCTIVE", "AG-DESCRIPTIVE", "AG-GENERIC");
    assertThat(decision.reasons().get(1).text())
        .contains(
            "'B3ST' (read as 'best')",
            "descriptive or laudatory",
            "(en, de: 'best' / 'beste')",
            "Art. 4(1)(b) and (c)");
    assertThat(decision.reasons().get(2).text())
        .contains("'COFFEE'", "generic", "class 30", "(en: 'coffee')", "Art. 4(1)(d)");
    assertThat(findings(decision).get(1))
        .containsEntry("code", "AG-GENERIC")
        .containsEntry("category", "generic")
        .containsEntry("matched", "COFFEE")
        .containsEntry("terms", List.of("coffee"))
        .containsEntry("languages", List.of("en"))
        .containsEntry("lists", List.of("generic.en"))
        .containsEntry("classes", List.of(30))
        .containsEntry("groundsObjection", true);
  }

  @Test
  void recordsItsInputsAndTheVersionOfEveryTermList() {
    Decision decision = decide("ZORGLUB", 14, 9, 14);

    assertThat(decision.type()).isEqualTo("absolute-grounds-prescreen");
    assertThat(decision.version()).isEqualTo(AbsoluteGroundsPrescreen.VERSION);
    assertThat(decision.legalBasis()).contains("6quinquies B", "6ter", "TRIPS Art. 15(1)");
    assertThat(decision.inputs())
        .containsEntry("markText", "ZORGLUB")
        .containsEntry("languages", List.of())
        .containsEntry("niceClasses", List.of(9, 14));
    @SuppressWarnings("unchecked")
    Map<String, String> lists = (Map<String, String>) decision.inputs().get("termLists");
    assertThat(lists).containsKeys("descriptive.en", "generic.fr", "forbidden-6ter.mul");
    assertThat(lists.values()).allMatch(v -> v.matches("1\\.0\\+sha256:[0-9a-f]{12}"));
  }

  @Test
  void sameInputGivesTheSameDecision() {
    PrescreenInput input = PrescreenInput.of("Les MEILLEURES B!ÈRES de la Croix-Rouge", 32, 43);

    Decision first = PRESCREEN.decide(input);

    assertThat(PRESCREEN.decide(input)).isEqualTo(first);
    assertThat(new AbsoluteGroundsPrescreen().decide(input)).isEqualTo(first);
  }

  private static Decision decide(String mark, Integer... niceClasses) {
    return PRESCREEN.decide(PrescreenInput.of(mark, niceClasses));
  }

  private static Decision decideIn(String language, String mark, Integer... niceClasses) {
    return PRESCREEN.decide(new PrescreenInput(mark, List.of(language), List.of(niceClasses)));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> findings(Decision decision) {
    return (List<Map<String, Object>>) decision.outputs().get("findings");
  }

  private static void assertOnlyFinding(
      Decision decision, String code, String category, String language) {
    assertThat(findings(decision))
        .singleElement()
        .satisfies(f -> assertThat(f).containsEntry("code", code))
        .satisfies(f -> assertThat(f).containsEntry("category", category))
        .satisfies(f -> assertThat(f.get("languages")).isEqualTo(List.of(language)));
    assertThat(decision.reasons()).extracting(Reason::code).contains(code);
  }
}
