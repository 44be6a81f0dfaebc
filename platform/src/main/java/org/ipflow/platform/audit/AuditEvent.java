package org.ipflow.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail.
 *
 * @param actor the user's login name, or {@code anonymous}
 * @param roles the realm roles the request carried, comma-separated
 * @param channel {@code API} (bearer token) or {@code BROWSER} (session)
 * @param action {@code READ} for GET/HEAD, {@code WRITE} otherwise
 * @param outcome SUCCEEDED, UNAUTHENTICATED, DENIED, NOT_FOUND, REJECTED (other 4xx) or FAILED
 */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String actor,
    String actorSubject,
    String roles,
    String channel,
    String method,
    String path,
    String action,
    String resourceType,
    String resourceId,
    UUID filingId,
    int status,
    String outcome,
    String remoteAddress,
    String userAgent) {

  static String outcomeOf(int status) {
    if (status < 400) {
      return "SUCCEEDED";
    }
    return switch (status) {
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "DENIED";
      case 404 -> "NOT_FOUND";
      default -> status < 500 ? "REJECTED" : "FAILED";
    };
  }
}
