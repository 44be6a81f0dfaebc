package org.ipflow.workers.filingdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.application.Application.Right;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.junit.jupiter.api.Test;

class FilingDateRequirementsTest {

  private final FilingDateRequirements requirements = new FilingDateRequirements();

  @Test
  void markWithTextAndGoodsGetsAFilingDate() {
    assertThat(requirements.decide(mark("ACME", false, "Watches")).outcome())
        .isEqualTo(FilingDateRequirements.MET);
  }

  @Test
  void markWithoutAnyRepresentationGetsNoFilingDate() {
    Decision decision = requirements.decide(mark(" ", false, "Watches"));

    assertThat(decision.outcome()).isEqualTo(FilingDateRequirements.MISSING);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("FD10");
  }

  @Test
  void imageIsARepresentationOfTheMark() {
    assertThat(requirements.decide(mark(null, true, "Watches")).outcome())
        .isEqualTo(FilingDateRequirements.MET);
  }

  @Test
  void markWithoutGoodsOrServicesGetsNoFilingDate() {
    assertThat(requirements.decide(mark("ACME", false, " ")).reasons())
        .extracting(Reason::code)
        .containsExactly("FD11");
  }

  @Test
  void designNeedsAReproduction() {
    Application withoutView = application(Right.DESIGN, null, false, List.of(), 0, null, false);
    assertThat(requirements.decide(withoutView).reasons())
        .extracting(Reason::code)
        .containsExactly("FD20");
    Application withView = application(Right.DESIGN, null, false, List.of(), 1, null, false);
    assertThat(requirements.decide(withView).outcome()).isEqualTo(FilingDateRequirements.MET);
  }

  @Test
  void inventionNeedsADescriptionOrAReferenceToAnEarlierApplication() {
    Application.Invention bare = new Application.Invention("Title", null, 1, null, List.of());
    assertThat(
            requirements
                .decide(application(Right.PATENT, null, false, List.of(), 0, bare, false))
                .reasons())
        .extracting(Reason::code)
        .containsExactly("FD30");
    Application.Invention referenced =
        new Application.Invention(
            "Title",
            null,
            1,
            new Application.PriorityClaim("DE", "10 2026 000 001.2", LocalDate.of(2026, 1, 5)),
            List.of());
    assertThat(
            requirements
                .decide(
                    application(Right.UTILITY_MODEL, null, false, List.of(), 0, referenced, false))
                .outcome())
        .isEqualTo(FilingDateRequirements.MET);
    assertThat(
            requirements
                .decide(application(Right.PATENT, null, false, List.of(), 0, bare, true))
                .outcome())
        .as("description filed as a document")
        .isEqualTo(FilingDateRequirements.MET);
  }

  @Test
  void applicantWithoutANameIsNotIdentified() {
    Application nameless =
        new Application(
            Right.TRADEMARK,
            "en",
            new Application.Party("", "CH", null, "LEGAL_ENTITY", false),
            null,
            "ACME",
            false,
            List.of(new Application.ClassTerms(14, List.of("Watches"))),
            List.of(),
            0,
            null,
            false,
            List.of());
    assertThat(requirements.decide(nameless).reasons())
        .extracting(Reason::code)
        .containsExactly("FD01");
  }

  static Application mark(String text, boolean image, String term) {
    return new Application(
        Right.TRADEMARK,
        "en",
        new Application.Party("Acme SA", "CH", null, "LEGAL_ENTITY", false),
        null,
        text,
        image,
        List.of(new Application.ClassTerms(14, List.of(term))),
        List.of(),
        0,
        null,
        false,
        List.of());
  }

  static Application application(
      Right right,
      String text,
      boolean image,
      List<Application.Design> designs,
      int views,
      Application.Invention invention,
      boolean descriptionDocument) {
    return new Application(
        right,
        "en",
        new Application.Party("Acme SA", "CH", null, "LEGAL_ENTITY", false),
        null,
        text,
        image,
        List.of(),
        designs,
        views,
        invention,
        descriptionDocument,
        List.of());
  }
}
