package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NiceDataTest {

  private final DataFile classes = DataFile.load(ClassificationData.NICE_CLASSES);
  private final DataFile terms = DataFile.load(ClassificationData.NICE_TERMS);

  @Test
  void headingsCoverTheFortyFiveClassesInOrder() {
    assertThat(classes.rows()).hasSize(45);
    for (int i = 0; i < 45; i++) {
      assertThat(classes.rows().get(i)[0]).isEqualTo(String.valueOf(i + 1));
      assertThat(classes.rows().get(i)).hasSize(3);
    }
  }

  @Test
  void termListHasOverFifteenHundredTermsAndEveryClassSeveralDozen() {
    Map<Integer, Integer> perClass = new TreeMap<>();
    for (String[] row : terms.rows()) {
      int niceClass = Integer.parseInt(row[1]);
      assertThat(NiceClassification.isValidClass(niceClass)).as(row[0]).isTrue();
      perClass.merge(niceClass, 1, Integer::sum);
    }
    System.out.println("Nice term list: " + terms.rows().size() + " terms; per class " + perClass);

    assertThat(terms.rows()).hasSizeGreaterThanOrEqualTo(1500);
    assertThat(perClass).hasSize(45);
    assertThat(perClass.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(30));
  }

  @Test
  void noTermIsListedTwiceInOtherWords() {
    Map<String, String> seen = new HashMap<>();
    for (String[] row : terms.rows()) {
      String previous = seen.put(TextNormalizer.key(row[0]), row[0]);
      assertThat(previous).as("'%s' says the same as '%s'", row[0], previous).isNull();
    }
  }

  @Test
  void recordsTheEditionItAssumes() {
    assertThat(TextFiles.header(ClassificationData.NICE_TERMS)).contains("12th edition");
    assertThat(TextFiles.header(ClassificationData.NICE_CLASSES)).contains("12th edition");
  }
}
