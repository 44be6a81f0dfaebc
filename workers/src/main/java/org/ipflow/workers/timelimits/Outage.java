package org.ipflow.workers.timelimits;

import java.time.Instant;
import java.util.Objects;

/**
 * A declared period during which documents could not be filed electronically with the office.
 *
 * @param from the first instant filing was unavailable
 * @param until the first instant filing was available again (exclusive)
 * @param description what the office declared, e.g. {@code e-filing portal maintenance}
 */
public record Outage(Instant from, Instant until, String description) {

  public Outage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(description, "description");
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException(
          "an outage ends after it starts: " + from + " to " + until);
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("an outage is declared with a description");
    }
  }
}
