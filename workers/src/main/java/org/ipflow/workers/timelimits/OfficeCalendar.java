package org.ipflow.workers.timelimits;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days on which the office is open for the purpose of time limits: every day except its weekly
 * closing days (by default Saturday and Sunday), its closure days (public holidays and the like)
 * and the days touched by a declared e-filing outage. An immutable value built from configuration;
 * two calendars built from the same data are equal.
 *
 * <p>Only time limits are extended to the next open day (Paris Convention Art. 4C(3), EPC Rule 134,
 * PCT Rule 80.5). A filing date never is: the office receives filings every day, closed or not.
 *
 * <p>An outage closes every day of the office's time zone it overlaps, however briefly. Offices
 * that extend time limits for e-filing outages (EPC Rule 134(1), second sentence; PCT Rule
 * 82quater.2) extend them when filing was unavailable "on" the last day, not only for the whole of
 * it: an applicant who planned to file at 23:00 is as much prevented by a two-hour outage at 22:00
 * as by a whole day's one. The outage is declared by the office; the calendar does not measure it.
 */
public final class OfficeCalendar {

  /** The weekly closing days when the configuration names none: Saturday and Sunday. */
  public static final Set<DayOfWeek> WEEKEND =
      Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

  private final ZoneId zone;
  private final Set<DayOfWeek> closedWeekdays;
  private final SortedMap<LocalDate, String> closureDays;
  private final List<Outage> outages;

  private OfficeCalendar(
      ZoneId zone,
      Set<DayOfWeek> closedWeekdays,
      SortedMap<LocalDate, String> closureDays,
      List<Outage> outages) {
    this.zone = Objects.requireNonNull(zone, "zone");
    if (closedWeekdays.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("an office is open on at least one day of the week");
    }
    this.closedWeekdays =
        Collections.unmodifiableSet(
            closedWeekdays.isEmpty()
                ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(closedWeekdays));
    this.closureDays = Collections.unmodifiableSortedMap(new TreeMap<>(closureDays));
    List<Outage> sorted = new ArrayList<>(outages);
    // A stable order makes equal data give equal calendars and equal snapshots.
    sorted.sort(
        Comparator.comparing(Outage::from)
            .thenComparing(Outage::until)
            .thenComparing(Outage::description));
    this.outages = List.copyOf(sorted);
  }

  /**
   * A calendar from configuration data.
   *
   * @param zone the office's time zone: outages are mapped to its days
   * @param closedWeekdays the days of the week the office is closed; may be empty, not all seven
   * @param closureDays further days the office is closed, each with its name (e.g. a holiday)
   * @param outages declared e-filing outages
   */
  public static OfficeCalendar of(
      ZoneId zone,
      Set<DayOfWeek> closedWeekdays,
      Map<LocalDate, String> closureDays,
      Collection<Outage> outages) {
    Builder builder = builder(zone).closedWeekdays(closedWeekdays);
    closureDays.forEach(builder::closureDay);
    outages.forEach(builder::outage);
    return builder.build();
  }

  /** A calendar closed on Saturdays and Sundays only. */
  public static OfficeCalendar weekendsOnly(ZoneId zone) {
    return builder(zone).build();
  }

  /** A builder that starts with Saturday and Sunday as weekly closing days. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** The office's time zone, in which outages are mapped to days. */
  public ZoneId zone() {
    return zone;
  }

  public Set<DayOfWeek> closedWeekdays() {
    return closedWeekdays;
  }

  public SortedMap<LocalDate, String> closureDays() {
    return closureDays;
  }

  public List<Outage> outages() {
    return outages;
  }

  /** Whether a time limit ending on {@code date} ends there, rather than on a later day. */
  public boolean isOpen(LocalDate date) {
    return whyClosed(date).isEmpty();
  }

  /** The first open day on or after {@code date}: the date itself if the office is open then. */
  public LocalDate nextOpenDay(LocalDate date) {
    LocalDate day = date;
    // Terminates: at least one weekday is open and closure days and outages are finite.
    while (!isOpen(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * Why the office is closed on {@code date}, in words fit for a reason given to an applicant
   * (every cause, if several apply); empty if it is open.
   */
  public Optional<String> whyClosed(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<String> causes = new ArrayList<>();
    if (closedWeekdays.contains(date.getDayOfWeek())) {
      causes.add(date + " is a " + dayName(date.getDayOfWeek()) + ", a weekly closing day");
    }
    String closureDay = closureDays.get(date);
    if (closureDay != null) {
      causes.add(date + " is a closure day of the office (" + closureDay + ")");
    }
    for (Outage outage : outages) {
      if (touches(outage, date)) {
        causes.add(
            "on "
                + date
                + " electronic filing was unavailable (outage \""
                + outage.description()
                + "\" from "
                + local(outage.from())
                + " to "
                + local(outage.until())
                + ")");
      }
    }
    return causes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", causes));
  }

  /**
   * The same calendar with only the closure days and outages that touch {@code first} to {@code
   * last}: on those days it answers as this one does. A decision stores this much of the calendar,
   * the part it looked at, with its inputs.
   */
  public OfficeCalendar restrictedTo(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("empty range " + first + " to " + last);
    }
    Instant from = startOf(first);
    Instant until = startOf(last.plusDays(1));
    return new OfficeCalendar(
        zone,
        closedWeekdays,
        closureDays.subMap(first, last.plusDays(1)),
        outages.stream().filter(o -> o.from().isBefore(until) && o.until().isAfter(from)).toList());
  }

  /**
   * The calendar as JSON-serialisable data (strings, lists and maps), for a decision's inputs;
   * {@link #fromSnapshot(Map)} reads it back.
   */
  public Map<String, Object> snapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("zone", zone.getId());
    snapshot.put("closedWeekdays", closedWeekdays.stream().map(DayOfWeek::name).toList());
    List<Map<String, Object>> days = new ArrayList<>();
    closureDays.forEach((date, name) -> days.add(Map.of("date", date.toString(), "name", name)));
    snapshot.put("closureDays", days);
    List<Map<String, Object>> declared = new ArrayList<>();
    for (Outage outage : outages) {
      declared.add(
          Map.of(
              "from", outage.from().toString(),
              "until", outage.until().toString(),
              "description", outage.description()));
    }
    snapshot.put("outages", declared);
    return snapshot;
  }

  /** Reads back what {@link #snapshot()} wrote, e.g. to replay a decision from the ledger. */
  public static OfficeCalendar fromSnapshot(Map<String, ?> snapshot) {
    Builder builder = builder(ZoneId.of((String) snapshot.get("zone")));
    builder.closedWeekdays(
        list(snapshot.get("closedWeekdays")).stream()
            .map(day -> DayOfWeek.valueOf((String) day))
            .toList());
    for (Object entry : list(snapshot.get("closureDays"))) {
      Map<?, ?> day = (Map<?, ?>) entry;
      builder.closureDay(LocalDate.parse((String) day.get("date")), (String) day.get("name"));
    }
    for (Object entry : list(snapshot.get("outages"))) {
      Map<?, ?> outage = (Map<?, ?>) entry;
      builder.outage(
          new Outage(
              Instant.parse((String) outage.get("from")),
              Instant.parse((String) outage.get("until")),
              (String) outage.get("description")));
    }
    return builder.build();
  }

  private boolean touches(Outage outage, LocalDate date) {
    return outage.from().isBefore(startOf(date.plusDays(1)))
        && outage.until().isAfter(startOf(date));
  }

  private Instant startOf(LocalDate date) {
    // atStartOfDay, not LocalTime.MIDNIGHT: where a DST gap swallows midnight, the day starts
    // later.
    return date.atStartOfDay(zone).toInstant();
  }

  private String local(Instant instant) {
    return ZonedDateTime.ofInstant(instant, zone).toOffsetDateTime().toString();
  }

  private static String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OfficeCalendar that
        && zone.equals(that.zone)
        && closedWeekdays.equals(that.closedWeekdays)
        && closureDays.equals(that.closureDays)
        && outages.equals(that.outages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, closedWeekdays, closureDays, outages);
  }

  @Override
  public String toString() {
    return "OfficeCalendar" + snapshot();
  }

  /** Collects the configuration of a calendar. Not thread-safe; the calendar it builds is. */
  public static final class Builder {

    private final ZoneId zone;
    private final Set<DayOfWeek> closedWeekdays = EnumSet.copyOf(WEEKEND);
    private final SortedMap<LocalDate, String> closureDays = new TreeMap<>();
    private final List<Outage> outages = new ArrayList<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Replaces the default weekly closing days (Saturday and Sunday). */
    public Builder closedWeekdays(Collection<DayOfWeek> days) {
      closedWeekdays.clear();
      closedWeekdays.addAll(days);
      return this;
    }

    /** A day the office is closed, named as the applicant should read it (e.g. a holiday). */
    public Builder closureDay(LocalDate date, String name) {
      Objects.requireNonNull(date, "date");
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("closure day " + date + " needs a name");
      }
      // Two holidays may fall on the same day; both are named.
      closureDays.merge(date, name, (first, second) -> first + " and " + second);
      return this;
    }

    public Builder outage(Outage outage) {
      outages.add(Objects.requireNonNull(outage, "outage"));
      return this;
    }

    /** An outage between two instants (the second exclusive). */
    public Builder outage(Instant from, Instant until, String description) {
      return outage(new Outage(from, until, description));
    }

    /** An outage of whole days of the office's time zone, {@code first} to {@code last}. */
    public Builder outage(LocalDate first, LocalDate last, String description) {
      return outage(
          first.atStartOfDay(zone).toInstant(),
          last.plusDays(1).atStartOfDay(zone).toInstant(),
          description);
    }

    public OfficeCalendar build() {
      return new OfficeCalendar(zone, closedWeekdays, closureDays, outages);
    }
  }
}
