package org.ipflow.workers.absolutegrounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkTextTest {

  @ParameterizedTest
  @CsvSource({
    "Qualité, qualite",
    "BIÈRE, biere",
    "Straße, strasse",
    "Œuvre, oeuvre",
    "Ærø, aero",
    "Łódź, lodz",
    "ＦＵＬＬ, full",
    "ﬁne, fine",
    "Niño, nino",
    "Garçon, garcon"
  })
  void foldsCaseDiacriticsAndLettersThatDoNotDecompose(String text, String folded) {
    assertThat(MarkText.fold(text)).isEqualTo(folded);
  }

  @Test
  void cutsWordsAtSpacesHyphensApostrophesAndPunctuation() {
    assertThat(plains("L'ORIGINAL Croix-Rouge, & co./ZORG_LUB"))
        .containsExactly("l", "original", "croix", "rouge", "co", "zorg", "lub");
  }

  @Test
  void keepsTheWordAsFiledAndWhereItStands() {
    String text = "  Super   DUPER";
    List<MarkText.Word> words = MarkText.words(text);

    assertThat(words).extracting(MarkText.Word::original).containsExactly("Super", "DUPER");
    assertThat(text.substring(words.get(1).start(), words.get(1).end())).isEqualTo("DUPER");
  }

  @Test
  void undoesLookalikeDigitsAndSymbolsInsideWords() {
    assertThat(MarkText.words("B3ST").get(0).forms()).containsExactly("b3st", "best");
    assertThat(MarkText.words("$UPER").get(0).forms()).containsExactly("uper", "super");
    assertThat(MarkText.words("COO1").get(0).forms()).containsExactly("coo1", "cooi", "cool");
    assertThat(MarkText.words("PHRESH").get(0).forms()).containsExactly("phresh", "fresh");
  }

  @Test
  void leavesPunctuationAroundWordsAndNumbersAlone() {
    assertThat(MarkText.words("BEST!").get(0).forms()).containsExactly("best");
    assertThat(MarkText.words("4711").get(0).forms()).containsExactly("4711");
    assertThat(plains("$ 100 !")).containsExactly("100");
  }

  @Test
  void joinsSingleLettersSeparatedByDots() {
    assertThat(plains("U.N.E.S.C.O. heritage")).containsExactly("unesco", "heritage");
    assertThat(plains("A. B")).containsExactly("a", "b");
    assertThat(plains("J.LO")).containsExactly("j", "lo");
  }

  private static List<String> plains(String text) {
    return MarkText.words(text).stream().map(MarkText.Word::plain).toList();
  }
}
