package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipflow.workers.classification.LocarnoClassification.Problem;
import org.junit.jupiter.api.Test;

class LocarnoClassificationTest {

  private final LocarnoClassification locarno = ClassificationData.shared().locarno();

  @Test
  void acceptsAnExistingClassAndSubclass() {
    assertThat(locarno.problem("06-01")).isNull();
    assertThat(locarno.problem("02-04")).isNull();
    assertThat(locarno.problem("14-04")).isNull();
    assertThat(locarno.problem("06-99")).isNull();
  }

  @Test
  void acceptsOnlySubclassZeroInTheClassesWithoutSubclasses() {
    assertThat(locarno.problem("31-00")).isNull();
    assertThat(locarno.problem("32-00")).isNull();
    assertThat(locarno.problem("31-01")).isEqualTo(Problem.UNKNOWN_SUBCLASS);
  }

  @Test
  void rejectsAValueNotWrittenAsTwoTwoDigitNumbers() {
    assertThat(locarno.problem("6-1")).isEqualTo(Problem.FORMAT);
    assertThat(locarno.problem("0601")).isEqualTo(Problem.FORMAT);
    assertThat(locarno.problem("06-01-02")).isEqualTo(Problem.FORMAT);
    assertThat(locarno.problem("")).isEqualTo(Problem.FORMAT);
    assertThat(locarno.problem(null)).isEqualTo(Problem.FORMAT);
  }

  @Test
  void rejectsAClassBeyondThirtyTwo() {
    assertThat(locarno.problem("33-01")).isEqualTo(Problem.UNKNOWN_CLASS);
    assertThat(locarno.problem("00-01")).isEqualTo(Problem.UNKNOWN_CLASS);
  }

  @Test
  void rejectsASubclassTheClassDoesNotHave() {
    assertThat(locarno.problem("06-50")).isEqualTo(Problem.UNKNOWN_SUBCLASS);
    assertThat(locarno.problem("02-08")).isEqualTo(Problem.UNKNOWN_SUBCLASS);
  }

  @Test
  void suggestsSeatsForAnArmchair() {
    assertThat(locarno.rankSubclasses("armchair for the living room").get(0).label())
        .isEqualTo("06-01");
  }

  @Test
  void suggestsWatchesForAWristwatch() {
    assertThat(locarno.rankSubclasses("wristwatches").get(0).label()).isEqualTo("10-02");
  }

  @Test
  void suggestsGraphicalUserInterfacesForAnAppIcon() {
    assertThat(locarno.rankSubclasses("icons for a graphical user interface").get(0).label())
        .isEqualTo("14-04");
  }

  @Test
  void aClassIsAsLikelyAsItsSubclassesTogether() {
    List<TextMatcher.Match> classes =
        LocarnoClassification.classesOf(
            List.of(
                new TextMatcher.Match("06-01", 0.4),
                new TextMatcher.Match("12-16", 0.35),
                new TextMatcher.Match("06-09", 0.2)));

    assertThat(classes.get(0).label()).isEqualTo("06");
    assertThat(classes.get(0).confidence()).isEqualTo(0.6000000000000001);
    assertThat(classes.get(1).label()).isEqualTo("12");
  }
}
