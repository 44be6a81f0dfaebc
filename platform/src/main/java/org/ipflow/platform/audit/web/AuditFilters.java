package org.ipflow.platform.audit.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.audit.AuditQuery;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Turns the filters an admin gives (API parameters or the page's form) into an audit query. */
@Component
class AuditFilters {

  private static final Set<String> OUTCOMES =
      Set.of("SUCCEEDED", "UNAUTHENTICATED", "DENIED", "NOT_FOUND", "REJECTED", "FAILED");

  private final FilingService filings;

  AuditFilters(FilingService filings) {
    this.filings = filings;
  }

  /**
   * @param filing the filing's id or its application number
   * @param after the id of the last row already seen
   */
  AuditQuery query(
      String filing, String actor, String outcome, String from, String to, Long after, int limit) {
    if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
      throw invalid("limit", "between 1 and " + AuditQuery.MAX_LIMIT);
    }
    if (after != null && after < 0) {
      throw invalid("after", "the id of a row, 0 or more");
    }
    String normalisedOutcome =
        blank(outcome) ? null : outcome.trim().toUpperCase(java.util.Locale.ROOT);
    if (normalisedOutcome != null && !OUTCOMES.contains(normalisedOutcome)) {
      throw invalid("outcome", "one of " + String.join(", ", OUTCOMES.stream().sorted().toList()));
    }
    return new AuditQuery(
        blank(filing) ? null : filingId(filing.trim()),
        blank(actor) ? null : actor.trim(),
        normalisedOutcome,
        instant("from", from),
        instant("to", to),
        after == null ? 0 : after,
        limit);
  }

  /** The filing's label for the page: its application number, when it exists. */
  String applicationNumber(UUID filingId) {
    return filings.find(filingId).map(f -> f.applicationNumber().value()).orElse(null);
  }

  private UUID filingId(String reference) {
    try {
      return UUID.fromString(reference);
    } catch (IllegalArgumentException notAnId) {
      return filings
          .findByApplicationNumber(reference)
          .map(Filing::id)
          .orElseThrow(
              () ->
                  new InvalidFilter(
                      HttpStatus.NOT_FOUND,
                      "not-found",
                      "filing",
                      "No filing has the application number " + reference + "."));
    }
  }

  private static Instant instant(String name, String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw invalid(name, "an ISO 8601 instant such as 2026-11-24T10:15:30Z");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static InvalidFilter invalid(String parameter, String expected) {
    return new InvalidFilter(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        parameter,
        "The parameter '" + parameter + "' must be " + expected + ".");
  }

  /** A filter the trail cannot be searched with; the page shows it beside its field. */
  static final class InvalidFilter extends ApiProblem {
    private final String parameter;

    InvalidFilter(HttpStatus status, String slug, String parameter, String detail) {
      super(
          status, slug, status == HttpStatus.NOT_FOUND ? "Not found" : "Invalid parameter", detail);
      this.parameter = parameter;
    }

    String parameter() {
      return parameter;
    }
  }
}
