package org.ipflow.workers.absolutegrounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.junit.jupiter.api.Test;

class TermListTest {

  private static final String LIST =
      """
      # a comment
      version: 2.1
      language: en
      category: generic
      basis: first ground
      watch | 14          # trailing comment
      red cross
      basis: second ground
      fruit | 29-31, 43
      """;

  @Test
  void parsesHeadersTermsClassesAndTheBasisInForceForEachTerm() {
    TermList list = parse(LIST);

    assertThat(list.id()).isEqualTo("generic.en");
    assertThat(list.language()).isEqualTo("en");
    assertThat(list.category()).isEqualTo(Category.GENERIC);
    assertThat(list.version()).matches("2\\.1\\+sha256:[0-9a-f]{12}");
    assertThat(list.entries())
        .extracting(
            TermList.Entry::term,
            TermList.Entry::words,
            TermList.Entry::classes,
            TermList.Entry::basis)
        .containsExactly(
            tuple("watch", List.of("watch"), List.of(14), "first ground"),
            tuple("red cross", List.of("red", "cross"), List.of(), "first ground"),
            tuple("fruit", List.of("fruit"), List.of(29, 30, 31, 43), "second ground"));
  }

  @Test
  void versionChangesWithTheBytesEvenIfTheVersionLineDoesNot() {
    assertThat(parse(LIST + "apple | 31\n").version()).isNotEqualTo(parse(LIST).version());
  }

  @Test
  void rejectsATermBeforeTheHeaders() {
    assertThatThrownBy(() -> parse("watch\nversion: 1\nlanguage: en\ncategory: generic\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.txt line 1");
  }

  @Test
  void rejectsATermWithoutABasis() {
    assertThatThrownBy(() -> parse("version: 1\nlanguage: en\ncategory: generic\nwatch\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("basis");
  }

  @Test
  void rejectsAClassOutsideTheNiceClassification() {
    assertThatThrownBy(
            () -> parse("version: 1\nlanguage: en\ncategory: generic\nbasis: b\nx | 46\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'46' is not a Nice class");
  }

  @Test
  void everyShippedListHasAVersionAndEveryTermAGround() {
    TermIndex index = TermIndex.fromClasspath();

    assertThat(index.languages()).containsExactly("en", "fr", "es", "de");
    assertThat(index.lists()).hasSize(30);
    for (TermList list : index.lists()) {
      assertThat(list.version()).as(list.id()).matches("\\d+\\.\\d+\\+sha256:[0-9a-f]{12}");
      assertThat(list.entries()).as(list.id()).isNotEmpty();
      if (list.category() != Category.FUNCTION_WORDS) {
        assertThat(list.entries())
            .as(list.id())
            .allSatisfy(e -> assertThat(e.basis()).isNotBlank());
      }
    }
  }

  /** Guards the lists against typos and against stems that would make a term unfindable. */
  @Test
  void everyShippedTermIsFoundInAMarkMadeOfIt() {
    AbsoluteGroundsPrescreen prescreen = new AbsoluteGroundsPrescreen();
    List<String> missed = new ArrayList<>();
    for (TermList list : TermIndex.fromClasspath().lists()) {
      if (list.category() == Category.FUNCTION_WORDS) {
        continue;
      }
      for (TermList.Entry entry : list.entries()) {
        List<Integer> classes = entry.classes().isEmpty() ? List.of(9) : entry.classes();
        List<String> languages =
            list.language().equals(TermIndex.LANGUAGE_NEUTRAL)
                ? List.of()
                : List.of(list.language());
        Decision decision = prescreen.decide(new PrescreenInput(entry.term(), languages, classes));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings =
            (List<Map<String, Object>>) decision.outputs().get("findings");
        if (findings.stream().noneMatch(f -> f.get("code").equals(list.category().code()))) {
          missed.add(list.id() + ": " + entry.term());
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  private static TermList parse(String text) {
    return TermList.parse("test.txt", text.getBytes(StandardCharsets.UTF_8));
  }
}
