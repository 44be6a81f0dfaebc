package org.ipflow.platform.office;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ipflow.workers.timelimits.OfficeCalendar;
import org.springframework.stereotype.Component;

/** The office calendar the time limits are computed with, built from the office's configuration. */
@Component
public class OfficeCalendars {

  private final OfficeCalendar calendar;

  OfficeCalendars(OfficeProperties office) {
    Map<java.time.LocalDate, String> closures = new LinkedHashMap<>();
    office.calendar().closureDays().forEach(day -> closures.put(day.date(), day.name()));
    this.calendar =
        OfficeCalendar.of(
            office.zone(), office.calendar().closedWeekdays(), closures, java.util.List.of());
  }

  public OfficeCalendar current() {
    return calendar;
  }
}
