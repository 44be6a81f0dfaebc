package org.ipflow.signing;

import java.time.Instant;
import java.util.List;

/**
 * The state of the trusted lists after a refresh.
 *
 * @param refreshedAt when the refresh finished
 * @param online whether the lists were (re)loaded from their sources (false: from the disk cache)
 * @param trustedLists how many trusted lists (and lists of trusted lists) were processed
 * @param trustAnchors how many trust anchors (service certificates) they yield
 * @param problems download, parsing or signature problems, one line each, in English
 */
public record TrustStatus(
    Instant refreshedAt,
    boolean online,
    int trustedLists,
    int trustAnchors,
    List<String> problems) {

  public TrustStatus {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }
}
