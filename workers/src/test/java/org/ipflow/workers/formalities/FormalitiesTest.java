package org.ipflow.workers.formalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.application.Application.Right;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class FormalitiesTest {

  private final Formalities formalities = new Formalities();
  private final OfficeRules office = new OfficeRules("CH", Set.of("en", "fr", "es"));

  @Test
  void residentApplicantInAnOfficeLanguageMeetsTheFormalities() {
    Decision decision = formalities.decide(mark("CH", "fr", null), office);

    assertThat(decision.outcome()).isEqualTo(Formalities.COMPLETE);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("F00");
    assertThat(decision.inputs()).containsEntry("officeTerritory", "CH");
  }

  @Test
  void applicantFromAbroadNeedsARepresentative() {
    assertThat(formalities.decide(mark("FR", "en", null), office).reasons())
        .extracting(Reason::code)
        .containsExactly("F11");
    Application.Party agent =
        new Application.Party("Muster AG", "CH", "Bern", "REPRESENTATIVE", false);
    assertThat(formalities.decide(mark("FR", "en", agent), office).outcome())
        .isEqualTo(Formalities.COMPLETE);
  }

  @Test
  void languageOfProceedingsMustBeAnOfficeLanguage() {
    assertThat(formalities.decide(mark("CH", "de", null), office).reasons())
        .extracting(Reason::code)
        .containsExactly("F10");
  }

  @Test
  void countryThatIsNoCountryIsADeficiencyNotAForeignApplicant() {
    assertThat(formalities.decide(mark("XQ", "en", null), office).reasons())
        .extracting(Reason::code)
        .containsExactly("F02");
  }

  @Test
  void everyDeficiencyNamesItsConsequence() {
    Decision decision = formalities.decide(mark("XQ", "de", null), office);

    assertThat(decision.outcome()).isEqualTo(Formalities.DEFICIENT);
    assertThat(decision.outputs().get("deficiencies"))
        .asList()
        .hasSize(2)
        .allSatisfy(d -> assertThat(d.toString()).contains(Formalities.WITHDRAWAL));
  }

  @Test
  void designsOfAMultipleApplicationShareOneLocarnoClassAndNameTheirProducts() {
    Application designs =
        new Application(
            Right.DESIGN,
            "en",
            party("CH"),
            null,
            null,
            false,
            List.of(),
            List.of(new Application.Design("Watch", "10-02"), new Application.Design(" ", "06-01")),
            2,
            null,
            false,
            List.of());

    assertThat(formalities.decide(designs, office).reasons())
        .extracting(Reason::code)
        .containsExactlyInAnyOrder("F20", "F21");
  }

  @Test
  void inventionNeedsATitleAndAClaim() {
    Application untitled =
        new Application(
            Right.PATENT,
            "en",
            party("CH"),
            null,
            null,
            false,
            List.of(),
            List.of(),
            0,
            new Application.Invention(" ", "Description", 0, null, List.of()),
            false,
            List.of());

    assertThat(formalities.decide(untitled, office).reasons())
        .extracting(Reason::code)
        .containsExactlyInAnyOrder("F30", "F31");
  }

  private static Application mark(
      String country, String language, Application.Party representative) {
    return new Application(
        Right.TRADEMARK,
        language,
        party(country),
        representative,
        "ACME",
        false,
        List.of(new Application.ClassTerms(14, List.of("Watches"))),
        List.of(),
        0,
        null,
        false,
        List.of());
  }

  private static Application.Party party(String country) {
    return new Application.Party("Acme SA", country, "Somewhere", "LEGAL_ENTITY", false);
  }
}
