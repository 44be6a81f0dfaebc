package org.ipflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class StorableTextTest {

  @Test
  void acceptsLettersOfAnyScriptTabsLineBreaksAndCharactersBeyondTheBasicPlane() {
    assertThat(StorableText.problem("Société Générale\tΑθήνα\r\nМосква 東京 😀 \uD834\uDD1E"))
        .isEmpty();
    assertThat(StorableText.problem(null)).isEmpty();
    assertThat(StorableText.problem("")).isEmpty();
  }

  @Test
  void refusesNulAndOtherControlCharactersNamingWhichAndWhere() {
    assertThat(StorableText.problem("Acme\u0000"))
        .hasValue("contains the control character U+0000 at character 5");
    assertThat(StorableText.problem("\u001b[31mred"))
        .hasValue("contains the control character U+001B at character 1");
    assertThat(StorableText.problem("bell\u0007")).isPresent();
    assertThat(StorableText.problem("next line\u0085")).isPresent();
  }

  @Test
  void refusesHalfASurrogatePair() {
    assertThat(StorableText.problem("TIC\uD83DTAC"))
        .hasValue("is not valid Unicode: half a surrogate pair (U+D83D) at character 4");
    assertThat(StorableText.problem("\uDE00 alone")).isPresent();
    assertThat(StorableText.problem("ends with \uD83D")).isPresent();
  }

  @Test
  void keepsWhatCanBeStoredForShowingTheTextAgain() {
    assertThat(StorableText.storablePart("Carol\u0000 Bernard\u001b\tParis \uD83D\uDE00\uD83D"))
        .isEqualTo("Carol Bernard\tParis \uD83D\uDE00");
    assertThat(StorableText.storablePart(null)).isNull();
  }

  @Test
  void turnsTheDatabasesRefusalOfACharacterIntoABadRequestAndNothingElse() {
    var refused =
        new DataIntegrityViolationException(
            "insert",
            new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
    var jsonRefused =
        new RuntimeException(new SQLException("unsupported Unicode escape sequence", "22P05"));
    var otherIntegrityProblem =
        new DataIntegrityViolationException("insert", new SQLException("duplicate key", "23505"));

    assertThat(StorableText.refusedByTheDatabase(refused))
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.status().value()).isEqualTo(400);
              assertThat(problem.slug()).isEqualTo("unstorable-text");
            });
    assertThat(StorableText.refusedByTheDatabase(jsonRefused)).isPresent();
    assertThat(StorableText.refusedByTheDatabase(otherIntegrityProblem)).isEmpty();
    assertThat(StorableText.refusedByTheDatabase(new IllegalStateException("boom"))).isEmpty();
  }
}
