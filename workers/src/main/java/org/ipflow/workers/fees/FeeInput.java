package org.ipflow.workers.fees;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the fee of an application depends on.
 *
 * @param ipRight the right applied for, e.g. {@code TRADEMARK}
 * @param filingDate the filing date: the fee schedule in force on that date applies
 * @param classCount the number of Nice classes claimed
 */
public record FeeInput(String ipRight, LocalDate filingDate, int classCount) {

  public FeeInput {
    Objects.requireNonNull(ipRight, "ipRight");
    Objects.requireNonNull(filingDate, "filingDate");
    if (classCount < 0) {
      throw new IllegalArgumentException("classCount must not be negative");
    }
  }
}
