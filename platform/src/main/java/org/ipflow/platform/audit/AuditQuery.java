package org.ipflow.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which rows of the audit trail to read; {@code null} means any.
 *
 * @param afterId only rows with a larger id (keyset paging, oldest first)
 */
public record AuditQuery(
    UUID filingId,
    String actor,
    String outcome,
    Instant from,
    Instant to,
    long afterId,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public AuditQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }

  /** The same filters, for the rows after {@code id}, at most {@code limit} of them. */
  public AuditQuery next(long id, int limit) {
    return new AuditQuery(filingId, actor, outcome, from, to, id, limit);
  }
}
