package org.ipflow.workers.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeLimitTest {

  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  private static final OfficeCalendar ALWAYS_OPEN =
      OfficeCalendar.builder(ZURICH).closedWeekdays(Set.of()).build();
  private static final OfficeCalendar WEEKENDS = OfficeCalendar.weekendsOnly(ZURICH);

  @ParameterizedTest(name = "{0} + {1} ends on {2}")
  @CsvSource({
    "2027-01-31, P1M, 2027-02-28",
    "2028-01-31, P1M, 2028-02-29",
    "2028-02-29, P12M, 2029-02-28",
    "2028-02-29, P1Y, 2029-02-28",
    "2028-02-29, P48M, 2032-02-29",
    "2027-02-28, P1M, 2027-03-28",
    "2026-08-31, P6M, 2027-02-28",
    "2027-04-30, P1M, 2027-05-30",
    "2027-05-31, P1M, 2027-06-30",
    "2027-03-31, P2M, 2027-05-31",
    "2026-03-02, P12M, 2027-03-02",
    "2027-01-15, P2M, 2027-03-15"
  })
  void monthsEndOnTheSameDayNumberOrOnTheLastDayOfAShorterMonth(
      LocalDate start, Period period, LocalDate lastDay) {
    TimeLimit limit = TimeLimit.compute(start, period, ALWAYS_OPEN);

    assertThat(limit.lastDay()).isEqualTo(lastDay);
    assertThat(limit.unextendedLastDay()).isEqualTo(lastDay);
    assertThat(limit.isExtended()).isFalse();
    assertThat(limit.extension()).isEmpty();
  }

  @ParameterizedTest(name = "{0} + {1} ends on {2}")
  @CsvSource({
    "2027-01-01, P10D, 2027-01-11",
    "2027-12-24, P10D, 2028-01-03",
    "2028-02-20, P10D, 2028-03-01",
    "2027-02-20, P10D, 2027-03-02",
    "2027-01-04, P2W, 2027-01-18",
    "2027-01-04, P1D, 2027-01-05"
  })
  void daysAndWeeksEndThatManyDaysAfterTheEventWhoseDayIsNotCounted(
      LocalDate start, Period period, LocalDate lastDay) {
    assertThat(TimeLimit.compute(start, period, ALWAYS_OPEN).lastDay()).isEqualTo(lastDay);
  }

  @Test
  void lastDayOnASaturdayIsExtendedToMonday() {
    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 1, 27), Period.ofMonths(1), WEEKENDS);

    assertThat(limit.unextendedLastDay()).isEqualTo(LocalDate.of(2027, 2, 27));
    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(limit.isExtended()).isTrue();
    assertThat(limit.extension())
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("2027-02-27 is a Saturday", "2027-02-28 is a Sunday", "2027-03-01"));
  }

  @Test
  void lastDayOnAClosureDayIsExtendedToTheNextOpenDay() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 3, 31), "Office relocation day")
            .build();

    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 1, 31), Period.ofMonths(2), calendar);

    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(limit.extension()).get().asString().contains("Office relocation day");
  }

  @Test
  void chainedClosuresOfHolidayWeekendAndOutageAreAllSkipped() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 4, 2), "Good Friday")
            .outage(zurich(2027, 4, 5, 9, 0), zurich(2027, 4, 5, 11, 30), "e-filing portal failure")
            .build();

    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 2, 2), Period.ofMonths(2), calendar);

    assertThat(limit.unextendedLastDay()).isEqualTo(LocalDate.of(2027, 4, 2));
    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 4, 6));
    assertThat(limit.extension())
        .get()
        .asString()
        .contains(
            "Good Friday",
            "2027-04-03 is a Saturday",
            "2027-04-04 is a Sunday",
            "e-filing portal failure",
            "extended to 2027-04-06");
  }

  @Test
  void outageDuringPartOfTheLastDayExtendsTheTimeLimit() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .outage(zurich(2027, 3, 10, 22, 0), zurich(2027, 3, 10, 23, 0), "maintenance")
            .build();

    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 2, 10), Period.ofMonths(1), calendar);

    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 3, 11));
  }

  @Test
  void outageSpanningSeveralDaysExtendsPastItsLastDay() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .outage(zurich(2027, 3, 9, 18, 0), zurich(2027, 3, 11, 6, 0), "data centre fire")
            .build();

    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 2, 28), Period.ofDays(10), calendar);

    assertThat(limit.unextendedLastDay()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 3, 12));
  }

  @Test
  void closedDaysBeforeTheLastDayDoNotExtendTheTimeLimit() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 3, 9), "holiday")
            .outage(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), "outage")
            .build();

    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 2, 10), Period.ofMonths(1), calendar);

    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 3, 10));
    assertThat(limit.isExtended()).isFalse();
  }

  @Test
  void startOnAClosedDayIsNotMovedToAnOpenDay() {
    // A deemed notification on a Saturday: the period runs from that Saturday, not from Monday.
    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 2, 27), Period.ofDays(10), WEEKENDS);

    assertThat(limit.start()).isEqualTo(LocalDate.of(2027, 2, 27));
    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 3, 9));
  }

  @Test
  void actOnTheLastDayIsInTimeAndOnTheDayAfterIsNot() {
    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 1, 27), Period.ofMonths(1), WEEKENDS);

    assertThat(limit.isMetBy(LocalDate.of(2027, 2, 27))).isTrue();
    assertThat(limit.isMetBy(LocalDate.of(2027, 3, 1))).isTrue();
    assertThat(limit.isMetBy(LocalDate.of(2027, 3, 2))).isFalse();
  }

  @Test
  void timeLimitHasPassedAtTheStartOfTheDayAfterItsLastDayInTheGivenZone() {
    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 2, 27), Period.ofMonths(1), ALWAYS_OPEN);

    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 3, 27));
    // Summer time starts in Zurich at 02:00 on 28 March 2027: midnight is still UTC+1.
    assertThat(limit.passedAt(ZURICH)).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
    assertThat(limit.passedAt(ZoneOffset.UTC)).isEqualTo(Instant.parse("2027-03-28T00:00:00Z"));
  }

  @Test
  void timeLimitPassesWhenTheNextDayStartsEvenWhereADaylightSavingGapSkipsMidnight() {
    // In Havana the clocks go from 00:00 to 01:00 on 14 March 2027: that day starts at 01:00.
    ZoneId havana = ZoneId.of("America/Havana");
    OfficeCalendar calendar = OfficeCalendar.builder(havana).closedWeekdays(Set.of()).build();

    TimeLimit limit = TimeLimit.compute(LocalDate.of(2027, 3, 3), Period.ofDays(10), calendar);

    assertThat(limit.passedAt(havana)).isEqualTo(Instant.parse("2027-03-14T05:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1M10D", "P1Y1D"})
  void rejectsPeriodsThatMixMonthsAndDays(String period) {
    assertThatThrownBy(
            () -> TimeLimit.compute(LocalDate.of(2027, 1, 1), Period.parse(period), WEEKENDS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P0D", "P-1M", "P-3D"})
  void rejectsPeriodsThatAreNotPositive(String period) {
    assertThatThrownBy(
            () -> TimeLimit.compute(LocalDate.of(2027, 1, 1), Period.parse(period), WEEKENDS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalInputsGiveEqualTimeLimits() {
    OfficeCalendar one =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 3, 1), "A")
            .closureDay(LocalDate.of(2027, 3, 2), "B")
            .build();
    OfficeCalendar other =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 3, 2), "B")
            .closureDay(LocalDate.of(2027, 3, 1), "A")
            .build();
    LocalDate start = LocalDate.of(2027, 1, 27);

    List<TimeLimit> limits =
        List.of(
            TimeLimit.compute(start, Period.ofMonths(1), one),
            TimeLimit.compute(start, Period.ofMonths(1), other));

    assertThat(limits.get(0)).isEqualTo(limits.get(1)).hasSameHashCodeAs(limits.get(1));
    assertThat(limits.get(0).snapshot()).isEqualTo(limits.get(1).snapshot());
    assertThat(limits.get(0).lastDay()).isEqualTo(LocalDate.of(2027, 3, 3));
  }

  private static Instant zurich(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(ZURICH).toInstant();
  }
}
