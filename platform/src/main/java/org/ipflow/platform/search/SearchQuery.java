package org.ipflow.platform.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A relative-grounds search.
 *
 * @param markText the word element of the mark searched for
 * @param niceClasses its Nice classes; earlier marks in these or related classes are found
 * @param excludeFilingId the mark's own filing, never a hit against itself; or {@code null}
 * @param earlierThan only marks of an earlier seniority than this are earlier rights; {@code null}
 *     for all
 * @param limit how many hits at most, best first
 */
public record SearchQuery(
    String markText,
    Set<Integer> niceClasses,
    UUID excludeFilingId,
    LocalDate earlierThan,
    int limit) {

  public SearchQuery {
    Objects.requireNonNull(markText, "markText");
    niceClasses = IndexedMark.NiceClasses.valid(niceClasses);
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("the limit must be between 1 and 500: " + limit);
    }
  }
}
