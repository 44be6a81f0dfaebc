package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.ipflow.workers.classification.IpcClassification.Problem;
import org.junit.jupiter.api.Test;

class IpcClassificationTest {

  private final IpcClassification ipc = ClassificationData.shared().ipc();

  @Test
  void acceptsAWellFormedSymbolInAnExistingClass() {
    IpcClassification.Check check = ipc.check("A61K 31/00");

    assertThat(check.problem()).isNull();
    assertThat(check.canonical()).isEqualTo("A61K 31/00");
  }

  @Test
  void writesALooselySpacedOrLowerCaseSymbolTheStandardWay() {
    assertThat(ipc.check("a61k31/00").canonical()).isEqualTo("A61K 31/00");
    assertThat(ipc.check(" H04L 9 / 3247 ").canonical()).isEqualTo("H04L 9/3247");
    assertThat(ipc.check("G06N 3/08").problem()).isNull();
    assertThat(ipc.check("H10K 59/12").problem()).isNull();
  }

  @Test
  void rejectsASymbolWithoutGroupOrSubgroup() {
    assertThat(ipc.check("A61K").problem()).isEqualTo(Problem.FORMAT);
    assertThat(ipc.check("A61K 31").problem()).isEqualTo(Problem.FORMAT);
    assertThat(ipc.check("A61K 31/0").problem()).isEqualTo(Problem.FORMAT);
    assertThat(ipc.check("A6K 31/00").problem()).isEqualTo(Problem.FORMAT);
    assertThat(ipc.check("A611 31/00").problem()).isEqualTo(Problem.FORMAT);
    assertThat(ipc.check(null).problem()).isEqualTo(Problem.FORMAT);
  }

  @Test
  void rejectsASectionBeyondH() {
    assertThat(ipc.check("Z01B 1/00").problem()).isEqualTo(Problem.UNKNOWN_SECTION);
  }

  @Test
  void rejectsAClassTheSectionDoesNotHave() {
    assertThat(ipc.check("A02B 1/00").problem()).isEqualTo(Problem.UNKNOWN_CLASS);
    assertThat(ipc.check("H07B 1/00").problem()).isEqualTo(Problem.UNKNOWN_CLASS);
  }

  @Test
  void listsTheEightSectionsWithTitles() {
    for (String section : new String[] {"A", "B", "C", "D", "E", "F", "G", "H"}) {
      assertThat(ipc.sectionTitle(section)).isNotBlank();
    }
    assertThat(ipc.classTitle("A61")).contains("Medical");
  }

  @Test
  void suggestsElectricElementsForABatteryElectrode() {
    assertThat(ipc.rankClasses("Lithium ion battery electrode with silicon anode").get(0).label())
        .isEqualTo("H01");
  }

  @Test
  void suggestsComputingForANeuralNetwork() {
    assertThat(ipc.rankClasses("Method for training a neural network").get(0).label())
        .isEqualTo("G06");
  }
}
