package org.ipflow.workers.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit: the last day on which an act is in time, computed from the day of the event it runs
 * from (the deemed date of notification of a notice, or a priority date) and its period, then
 * extended past the days the office is closed.
 *
 * <p>Rules, as in EPC Rule 131 and Paris Convention Art. 4C(2)-(3): the day of the event is not
 * counted. A period in months or years ends in the last month on the day with the same number as
 * the day of the event, or on that month's last day if it has no such day (31 January + 1 month →
 * 28 or 29 February; 30 April + 1 month → 30 May). A period in days or weeks ends that many days
 * after the event. If the office is closed on that day, the time limit extends to the next day on
 * which it is open.
 */
public final class TimeLimit {

  private final LocalDate start;
  private final Period period;
  private final LocalDate unextendedLastDay;
  private final LocalDate lastDay;
  private final List<String> closedDays;

  private TimeLimit(
      LocalDate start,
      Period period,
      LocalDate unextendedLastDay,
      LocalDate lastDay,
      List<String> closedDays) {
    this.start = start;
    this.period = period;
    this.unextendedLastDay = unextendedLastDay;
    this.lastDay = lastDay;
    this.closedDays = List.copyOf(closedDays);
  }

  /**
   * Computes a time limit.
   *
   * @param start the day of the event the period runs from (not itself counted)
   * @param period a positive period in months and/or years, or in days and/or weeks, not both: the
   *     law states periods in one unit, and mixing them leaves the order of counting open
   * @param calendar which days the office is open
   */
  public static TimeLimit compute(LocalDate start, Period period, OfficeCalendar calendar) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(calendar, "calendar");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a time limit has a positive period, not " + period);
    }
    long months = period.toTotalMonths();
    if (months != 0 && period.getDays() != 0) {
      throw new IllegalArgumentException(
          "a period is counted in months or in days, not both: " + period);
    }
    // plusMonths keeps the day number and falls back to the last day of a shorter month.
    LocalDate end = months != 0 ? start.plusMonths(months) : start.plusDays(period.getDays());
    List<String> closed = new ArrayList<>();
    LocalDate day = end;
    Optional<String> why;
    while ((why = calendar.whyClosed(day)).isPresent()) {
      closed.add(why.get());
      day = day.plusDays(1);
    }
    return new TimeLimit(start, period, end, day, closed);
  }

  /** The day of the event the period runs from. */
  public LocalDate start() {
    return start;
  }

  public Period period() {
    return period;
  }

  /** The day the period ends by counting alone, before any extension. */
  public LocalDate unextendedLastDay() {
    return unextendedLastDay;
  }

  /** The last day on which the act is in time: the unextended last day or the next open day. */
  public LocalDate lastDay() {
    return lastDay;
  }

  public boolean isExtended() {
    return !lastDay.equals(unextendedLastDay);
  }

  /** Why the last day is later than the period alone gives, in words; empty if it is not. */
  public Optional<String> extension() {
    if (!isExtended()) {
      return Optional.empty();
    }
    return Optional.of(
        "The period ends on "
            + unextendedLastDay
            + ", a day the office is closed: "
            + String.join("; ", closedDays)
            + ". The time limit is extended to "
            + lastDay
            + ", the next day the office is open.");
  }

  /** Why each day from the unextended last day to the day before the last day is closed. */
  public List<String> closedDays() {
    return closedDays;
  }

  /** Whether an act done on {@code date} (e.g. a filing date) is within the time limit. */
  public boolean isMetBy(LocalDate date) {
    return !date.isAfter(lastDay);
  }

  /**
   * The first instant at which the time limit has passed: the start of the day after its last day
   * in {@code zone} (the office's time zone). A process timer fires there.
   */
  public Instant passedAt(ZoneId zone) {
    return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The time limit as JSON-serialisable data, for a decision's outputs. */
  public Map<String, Object> snapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("start", start.toString());
    snapshot.put("period", period.toString());
    snapshot.put("unextendedLastDay", unextendedLastDay.toString());
    snapshot.put("lastDay", lastDay.toString());
    snapshot.put("extension", extension().orElse(null));
    return snapshot;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeLimit that
        && start.equals(that.start)
        && period.equals(that.period)
        && unextendedLastDay.equals(that.unextendedLastDay)
        && lastDay.equals(that.lastDay)
        && closedDays.equals(that.closedDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, period, unextendedLastDay, lastDay, closedDays);
  }

  @Override
  public String toString() {
    return "TimeLimit" + snapshot();
  }
}
