package org.ipflow.workers.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeCalendarTest {

  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

  @Test
  void saturdaysAndSundaysAreClosedByDefault() {
    OfficeCalendar calendar = OfficeCalendar.weekendsOnly(ZURICH);

    assertThat(calendar.isOpen(LocalDate.of(2027, 2, 26))).isTrue();
    assertThat(calendar.isOpen(LocalDate.of(2027, 2, 27))).isFalse();
    assertThat(calendar.isOpen(LocalDate.of(2027, 2, 28))).isFalse();
    assertThat(calendar.whyClosed(LocalDate.of(2027, 2, 27)))
        .contains("2027-02-27 is a Saturday, a weekly closing day");
    assertThat(calendar.whyClosed(LocalDate.of(2027, 3, 1))).isEmpty();
  }

  @Test
  void configuredWeeklyClosingDaysReplaceTheWeekend() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closedWeekdays(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY))
            .build();

    assertThat(calendar.isOpen(LocalDate.of(2027, 2, 26))).isFalse();
    assertThat(calendar.isOpen(LocalDate.of(2027, 2, 27))).isFalse();
    assertThat(calendar.isOpen(LocalDate.of(2027, 2, 28))).isTrue();
    assertThat(calendar.nextOpenDay(LocalDate.of(2027, 2, 26)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void closureDayIsClosedAndNamed() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 8, 2), "Swiss National Day")
            .build();

    assertThat(calendar.whyClosed(LocalDate.of(2027, 8, 2)))
        .contains("2027-08-02 is a closure day of the office (Swiss National Day)");
  }

  @Test
  void dayClosedForSeveralCausesNamesEveryOne() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 5, 1), "Labour Day")
            .closureDay(LocalDate.of(2027, 5, 1), "Local holiday")
            .build();

    assertThat(calendar.whyClosed(LocalDate.of(2027, 5, 1)))
        .hasValueSatisfying(
            why -> assertThat(why).contains("Saturday", "Labour Day and Local holiday"));
  }

  @Test
  void nextOpenDayOfAnOpenDayIsTheDayItself() {
    OfficeCalendar calendar = OfficeCalendar.weekendsOnly(ZURICH);

    assertThat(calendar.nextOpenDay(LocalDate.of(2027, 3, 3))).isEqualTo(LocalDate.of(2027, 3, 3));
  }

  @Test
  void nextOpenDaySkipsAFridayHolidayTheWeekendAndAMondayOutage() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 4, 2), "Good Friday")
            .outage(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 5), "portal upgrade")
            .build();

    assertThat(calendar.nextOpenDay(LocalDate.of(2027, 4, 2))).isEqualTo(LocalDate.of(2027, 4, 6));
  }

  @ParameterizedTest(name = "outage {0} to {1} closes 10 March: {2}")
  @CsvSource({
    "2027-03-10T00:00, 2027-03-10T00:01, true",
    "2027-03-10T23:59, 2027-03-11T02:00, true",
    "2027-03-09T22:00, 2027-03-10T00:01, true",
    "2027-03-09T22:00, 2027-03-11T06:00, true",
    "2027-03-09T22:00, 2027-03-10T00:00, false",
    "2027-03-11T00:00, 2027-03-11T06:00, false"
  })
  void outageClosesEveryDayOfTheOfficeZoneItTouches(
      LocalDateTime from, LocalDateTime until, boolean closed) {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closedWeekdays(Set.of())
            .outage(from.atZone(ZURICH).toInstant(), until.atZone(ZURICH).toInstant(), "outage")
            .build();

    assertThat(calendar.isOpen(LocalDate.of(2027, 3, 10))).isEqualTo(!closed);
  }

  @Test
  void outageInstantsAreTakenAsDaysOfTheOfficeTimeZone() {
    Instant from = Instant.parse("2027-03-10T23:30:00Z");
    Instant until = Instant.parse("2027-03-11T00:30:00Z");
    OfficeCalendar zurich =
        OfficeCalendar.builder(ZURICH).outage(from, until, "short outage").build();
    OfficeCalendar utc =
        OfficeCalendar.builder(ZoneOffset.UTC).outage(from, until, "short outage").build();

    assertThat(zurich.isOpen(LocalDate.of(2027, 3, 10))).isTrue();
    assertThat(zurich.isOpen(LocalDate.of(2027, 3, 11))).isFalse();
    assertThat(zurich.whyClosed(LocalDate.of(2027, 3, 11)))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .contains(
                        "\"short outage\" from 2027-03-11T00:30+01:00 to 2027-03-11T01:30+01:00"));
    assertThat(utc.isOpen(LocalDate.of(2027, 3, 10))).isFalse();
    assertThat(utc.isOpen(LocalDate.of(2027, 3, 11))).isFalse();
  }

  @Test
  void wholeDayOutageClosesEachDayFromFirstToLast() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .outage(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 10), "migration")
            .build();

    assertThat(calendar.isOpen(LocalDate.of(2027, 3, 8))).isTrue();
    assertThat(calendar.isOpen(LocalDate.of(2027, 3, 9))).isFalse();
    assertThat(calendar.isOpen(LocalDate.of(2027, 3, 10))).isFalse();
    assertThat(calendar.isOpen(LocalDate.of(2027, 3, 11))).isTrue();
  }

  @Test
  void calendarsBuiltFromEqualDataInAnyOrderAreEqual() {
    Outage first =
        new Outage(
            Instant.parse("2027-03-01T10:00:00Z"), Instant.parse("2027-03-01T11:00:00Z"), "a");
    Outage second =
        new Outage(
            Instant.parse("2027-04-01T10:00:00Z"), Instant.parse("2027-04-01T11:00:00Z"), "b");
    OfficeCalendar one =
        OfficeCalendar.of(
            ZURICH,
            EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY),
            Map.of(LocalDate.of(2027, 1, 1), "New Year", LocalDate.of(2027, 12, 25), "Christmas"),
            List.of(second, first));
    OfficeCalendar other =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 12, 25), "Christmas")
            .closureDay(LocalDate.of(2027, 1, 1), "New Year")
            .outage(first)
            .outage(second)
            .build();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.snapshot()).isEqualTo(other.snapshot());
  }

  @Test
  void snapshotReadsBackToAnEqualCalendar() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closedWeekdays(List.of(DayOfWeek.SUNDAY))
            .closureDay(LocalDate.of(2027, 1, 1), "New Year")
            .outage(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2), "upgrade")
            .build();

    assertThat(OfficeCalendar.fromSnapshot(calendar.snapshot())).isEqualTo(calendar);
  }

  @Test
  void restrictedCalendarAnswersAsTheWholeOneWithinItsRange() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 1, 1), "New Year")
            .closureDay(LocalDate.of(2027, 3, 3), "Office day")
            .closureDay(LocalDate.of(2027, 12, 25), "Christmas")
            .outage(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 8), "long outage")
            .outage(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 1), "later outage")
            .build();
    LocalDate first = LocalDate.of(2027, 3, 1);
    LocalDate last = LocalDate.of(2027, 3, 5);

    OfficeCalendar restricted = calendar.restrictedTo(first, last);

    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      assertThat(restricted.whyClosed(day)).isEqualTo(calendar.whyClosed(day));
    }
    assertThat(restricted.closureDays()).containsOnlyKeys(LocalDate.of(2027, 3, 3));
    assertThat(restricted.outages()).extracting(Outage::description).containsExactly("long outage");
  }

  @Test
  void rejectsAnOfficeThatIsNeverOpen() {
    assertThatThrownBy(
            () ->
                OfficeCalendar.builder(ZURICH)
                    .closedWeekdays(EnumSet.allOf(DayOfWeek.class))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAnOutageThatDoesNotEndAfterItStarts() {
    Instant instant = Instant.parse("2027-03-01T10:00:00Z");

    assertThatThrownBy(() -> new Outage(instant, instant, "nothing"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAClosureDayWithoutAName() {
    assertThatThrownBy(
            () -> OfficeCalendar.builder(ZURICH).closureDay(LocalDate.of(2027, 1, 1), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
