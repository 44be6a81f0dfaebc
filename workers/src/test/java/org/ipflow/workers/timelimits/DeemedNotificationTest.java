package org.ipflow.workers.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.ipflow.workers.timelimits.DeemedNotification.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeemedNotificationTest {

  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  private static final LocalDate DISPATCHED = LocalDate.of(2027, 3, 3);

  @ParameterizedTest(name = "opened on {0}: deemed notified on {1} ({2})")
  @CsvSource({
    "2027-03-03, 2027-03-03, OPENED",
    "2027-03-05, 2027-03-05, OPENED",
    "2027-03-13, 2027-03-13, OPENED",
    "2027-03-14, 2027-03-13, DAYS_AFTER_DISPATCH",
    "2027-04-20, 2027-03-13, DAYS_AFTER_DISPATCH"
  })
  void noticeIsDeemedNotifiedWhenOpenedOrTenDaysAfterDispatchWhicheverIsFirst(
      LocalDate opened, LocalDate deemed, Basis basis) {
    DeemedNotification notification = DeemedNotification.of(DISPATCHED, opened, 10);

    assertThat(notification.date()).isEqualTo(deemed);
    assertThat(notification.basis()).isEqualTo(basis);
  }

  @Test
  void unopenedNoticeIsDeemedNotifiedTheConfiguredDaysAfterDispatch() {
    DeemedNotification notification = DeemedNotification.of(DISPATCHED, null, 10);

    assertThat(notification.date()).isEqualTo(LocalDate.of(2027, 3, 13));
    assertThat(notification.basis()).isEqualTo(Basis.DAYS_AFTER_DISPATCH);
    assertThat(notification.openedOn()).isEmpty();
    assertThat(notification.explanation())
        .isEqualTo(
            "The notice dispatched on 2027-03-03 has not been opened; it is deemed notified 10 days"
                + " after dispatch, on 2027-03-13.");
  }

  @Test
  void deemedDateIsNotMovedOffAClosedDayButTheTimeLimitRunningFromItIsExtended() {
    OfficeCalendar calendar = OfficeCalendar.weekendsOnly(ZURICH);
    // 2027-03-13 is a Saturday: the notice is deemed notified then all the same.
    DeemedNotification notification = DeemedNotification.of(DISPATCHED, null, 10);

    TimeLimit limit = notification.timeLimit(Period.ofMonths(2), calendar);

    assertThat(notification.date()).isEqualTo(LocalDate.of(2027, 3, 13));
    assertThat(calendar.isOpen(notification.date())).isFalse();
    assertThat(limit.start()).isEqualTo(LocalDate.of(2027, 3, 13));
    // 2027-05-13 is a Thursday; a month later, 2027-06-13 is a Sunday and is extended.
    assertThat(limit.lastDay()).isEqualTo(LocalDate.of(2027, 5, 13));
    assertThat(notification.timeLimit(Period.ofMonths(3), calendar).lastDay())
        .isEqualTo(LocalDate.of(2027, 6, 14));
  }

  @Test
  void daysAfterDispatchAreCalendarDaysAcrossClosedDays() {
    OfficeCalendar calendar =
        OfficeCalendar.builder(ZURICH)
            .closureDay(LocalDate.of(2027, 3, 8), "holiday")
            .outage(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 12), "outage")
            .build();

    DeemedNotification notification = DeemedNotification.of(DISPATCHED, null, 10);

    assertThat(notification.date()).isEqualTo(LocalDate.of(2027, 3, 13));
    assertThat(notification.timeLimit(Period.ofDays(1), calendar).lastDay())
        .isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void instantsAreTakenAsDaysOfTheOfficeTimeZone() {
    // 23:30 UTC on 3 March is already 4 March in Zurich.
    DeemedNotification notification =
        DeemedNotification.of(
            Instant.parse("2027-03-03T23:30:00Z"),
            Instant.parse("2027-03-05T23:10:00Z"),
            10,
            ZURICH);

    assertThat(notification.dispatchDate()).isEqualTo(LocalDate.of(2027, 3, 4));
    assertThat(notification.date()).isEqualTo(LocalDate.of(2027, 3, 6));
    assertThat(notification.basis()).isEqualTo(Basis.OPENED);
  }

  @Test
  void unopenedNoticeDispatchedAsInstantIsDeemedNotifiedDaysAfterItsOfficeDay() {
    DeemedNotification notification =
        DeemedNotification.of(Instant.parse("2027-03-03T23:30:00Z"), null, 7, ZURICH);

    assertThat(notification.date()).isEqualTo(LocalDate.of(2027, 3, 11));
  }

  @Test
  void rejectsANoticeOpenedBeforeItWasDispatched() {
    assertThatThrownBy(() -> DeemedNotification.of(DISPATCHED, DISPATCHED.minusDays(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsNegativeDaysAfterDispatch() {
    assertThatThrownBy(() -> DeemedNotification.of(DISPATCHED, null, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalInputsGiveEqualNotifications() {
    assertThat(DeemedNotification.of(DISPATCHED, LocalDate.of(2027, 3, 5), 10))
        .isEqualTo(DeemedNotification.of(DISPATCHED, LocalDate.of(2027, 3, 5), 10))
        .hasSameHashCodeAs(DeemedNotification.of(DISPATCHED, LocalDate.of(2027, 3, 5), 10));
  }
}
