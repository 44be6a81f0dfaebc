package org.ipflow.platform.opposition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.ipflow.platform.office.OfficeCalendars;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.workers.timelimits.TimeLimit;
import org.springframework.stereotype.Component;

/** When an opposition period that starts at a publication ends. */
@Component
public class OppositionPeriods {

  private final OppositionProperties properties;
  private final OfficeCalendars calendars;
  private final OfficeProperties office;
  private final OfficeClock clock;

  OppositionPeriods(
      OppositionProperties properties,
      OfficeCalendars calendars,
      OfficeProperties office,
      OfficeClock clock) {
    this.properties = properties;
    this.calendars = calendars;
    this.office = office;
    this.clock = clock;
  }

  /**
   * The end of the opposition period against a mark published at {@code published}: its last day
   * extended by the office calendar, or, with a demonstration duration, that exact instant.
   */
  public End trademarkPeriod(Instant published) {
    String period = properties.period();
    if (period.startsWith("PT")) {
      Instant end = published.plus(Duration.parse(period));
      return new End(clock.dateAt(end), end);
    }
    return calendarPeriod(published, Period.parse(period));
  }

  /**
   * The end of the period for oppositions against a granted patent published at {@code published}.
   */
  public End postGrantPeriod(Instant published) {
    return calendarPeriod(published, properties.postGrantPeriod());
  }

  private End calendarPeriod(Instant published, Period period) {
    TimeLimit limit = TimeLimit.compute(clock.dateAt(published), period, calendars.current());
    return new End(limit.lastDay(), limit.passedAt(office.zone()));
  }

  /**
   * @param lastDay the last day an opposition can be filed
   * @param passes when the period has passed
   */
  public record End(LocalDate lastDay, Instant passes) {}
}
