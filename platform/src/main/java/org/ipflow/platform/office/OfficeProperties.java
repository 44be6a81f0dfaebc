package org.ipflow.platform.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Who the office is.
 *
 * @param code the office's WIPO ST.3 code, kept beside application numbers (never inside them)
 * @param name the office's name as printed on what it issues
 * @param zone the office's time zone: the date of receipt, hence the filing date, is taken there
 * @param territory the ISO 3166-1 country whose residents need no representative before the office
 * @param languages the languages of proceedings the office works in (ISO 639-1)
 * @param calendar the days the office is closed, which extend time limits (never filing dates)
 * @param notificationDays an electronic notice is deemed notified when opened or this many days
 *     after dispatch, whichever is first
 */
@org.springframework.boot.context.properties.ConfigurationProperties("ipflow.office")
public record OfficeProperties(
    String code,
    String name,
    ZoneId zone,
    String territory,
    Set<String> languages,
    Calendar calendar,
    int notificationDays) {

  public OfficeProperties {
    if (code == null || !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("ipflow.office.code must be a two-letter ST.3 code");
    }
    languages = languages == null || languages.isEmpty() ? Set.of("en") : Set.copyOf(languages);
    calendar = calendar == null ? new Calendar(null, null) : calendar;
  }

  /**
   * @param closedWeekdays the days of the week the office is closed (default Saturday and Sunday)
   * @param closureDays further closure days (public holidays), with their names
   */
  public record Calendar(Set<DayOfWeek> closedWeekdays, List<ClosureDay> closureDays) {
    public Calendar {
      closedWeekdays =
          closedWeekdays == null || closedWeekdays.isEmpty()
              ? Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
              : Set.copyOf(closedWeekdays);
      closureDays = closureDays == null ? List.of() : List.copyOf(closureDays);
    }
  }

  /** A day the office is closed, e.g. a public holiday. */
  public record ClosureDay(LocalDate date, String name) {}
}
