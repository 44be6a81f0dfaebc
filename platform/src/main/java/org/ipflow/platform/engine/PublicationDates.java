package org.ipflow.platform.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.office.OfficeProperties;
import org.springframework.stereotype.Component;

/** Publication dates counted from the earliest priority date, or the filing date without one. */
@Component
class PublicationDates {

  private final OfficeProperties office;

  PublicationDates(OfficeProperties office) {
    this.office = office;
  }

  static LocalDate earliestPriorityOrFiling(Filing filing) {
    return filing.content().priorityClaims().stream()
        .map(Filing.PriorityClaim::date)
        .filter(Objects::nonNull)
        .filter(d -> !d.isAfter(filing.filingDate()))
        .min(Comparator.naturalOrder())
        .orElse(filing.filingDate());
  }

  /** The start of the day, in the office's time zone, {@code months} after the earliest date. */
  Date monthsAfterEarliest(Filing filing, int months) {
    LocalDate due = earliestPriorityOrFiling(filing).plusMonths(months);
    return Date.from(due.atStartOfDay(office.zone()).toInstant());
  }
}
