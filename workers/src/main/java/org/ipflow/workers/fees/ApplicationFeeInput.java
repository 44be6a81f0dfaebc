package org.ipflow.workers.fees;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an application's fee depends on.
 *
 * @param ipRight {@code TRADEMARK}, {@code DESIGN}, {@code PATENT} or {@code UTILITY_MODEL}
 * @param filingDate the schedule in force on this date applies
 * @param applicantCategory {@code NATURAL_PERSON}, {@code SME} or {@code LEGAL_ENTITY}
 * @param units classes (marks), designs (designs) or claims (patents, utility models)
 */
public record ApplicationFeeInput(
    String ipRight, LocalDate filingDate, String applicantCategory, int units) {

  public ApplicationFeeInput {
    Objects.requireNonNull(ipRight, "ipRight");
    Objects.requireNonNull(filingDate, "filingDate");
    Objects.requireNonNull(applicantCategory, "applicantCategory");
    if (units < 0) {
      throw new IllegalArgumentException("units must not be negative");
    }
  }
}
