package org.ipflow.platform.web;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Text the office can store, show and export: Unicode without control characters other than tab,
 * line feed and carriage return. PostgreSQL refuses U+0000 in text and JSON columns, XML 1.0
 * (ST.96) has no other C0 control character, and half a surrogate pair is no character at all; such
 * input is refused where it arrives, naming the field, instead of failing when it is stored.
 */
public final class StorableText {

  /** PostgreSQL's codes for text it cannot store: not in the repertoire, untranslatable. */
  private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

  private static final String UNTRANSLATABLE_CHARACTER = "22P05";

  private StorableText() {}

  /** What is wrong with {@code text}, if anything ({@code null} is no text and fine). */
  public static Optional<String> problem(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            "is not valid Unicode: half a surrogate pair ("
                + codePoint(c)
                + ") at character "
                + (i + 1));
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(
            "contains the control character " + codePoint(c) + " at character " + (i + 1));
      }
    }
    return Optional.empty();
  }

  /** {@code text} without the characters {@link #problem} finds, for showing it again. */
  public static String storablePart(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> problem(Character.toString(cp)).isEmpty())
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /**
   * The last line of defence, for text that reached the database unchecked: a problem saying so
   * when PostgreSQL refused a character of {@code failure}'s statement. The transaction that failed
   * is rolled back, so nothing was stored.
   */
  public static Optional<ApiProblem> refusedByTheDatabase(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && (CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())
              || UNTRANSLATABLE_CHARACTER.equals(sql.getSQLState()))) {
        return Optional.of(
            new ApiProblem(
                HttpStatus.BAD_REQUEST,
                "unstorable-text",
                "Text the office cannot store",
                "The request contains a character the office cannot store (a control character"
                    + " such as U+0000); nothing was stored. Remove it and send the request"
                    + " again."));
      }
    }
    return Optional.empty();
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
