package org.ipflow.formats;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document that is not acceptable ST.96: too large or too deep, not well-formed, carrying a
 * DOCTYPE, of the wrong root element for the right, or invalid against the official schema. Carries
 * every problem found (up to a limit), each with its line and column where known, so that an API
 * can answer 400 naming them. Messages never quote files or entities the document points to: such
 * documents are refused before anything is resolved.
 */
public class St96Exception extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** One problem; {@code line} and {@code column} are 1-based, or -1 when not known. */
  public record Problem(int line, int column, String message) {

    /** {@code "line 3, column 7: message"}, or the message alone when the place is unknown. */
    @Override
    public String toString() {
      return line > 0 ? "line " + line + ", column " + column + ": " + message : message;
    }
  }

  private final transient List<Problem> problems;

  public St96Exception(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public St96Exception(String message) {
    this(List.of(new Problem(-1, -1, message)));
  }

  /** Every problem found, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "not an acceptable ST.96 document";
    }
    return "not an acceptable ST.96 document: "
        + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }
}
