package org.ipflow.workers.timelimits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a notice delivered electronically is deemed notified: the day the addressee opened it, or
 * the configured number of days after the day it was dispatched, whichever comes first. Time limits
 * set by the notice run from that date.
 *
 * <p>The days after dispatch are calendar days, as in the laws that use such a delivery fiction,
 * and the deemed date is not moved off a closed day: it is the day the notice is held to reach the
 * addressee, not the end of a period for the addressee to act. Only the time limits that run from
 * it are extended by the {@link OfficeCalendar}.
 */
public final class DeemedNotification {

  /** What the deemed date rests on. */
  public enum Basis {
    /** The addressee opened the notice before the days after dispatch had run out. */
    OPENED,
    /** The addressee had not opened the notice by then. */
    DAYS_AFTER_DISPATCH
  }

  private final LocalDate dispatchDate;
  private final LocalDate openedOn;
  private final int daysAfterDispatch;
  private final LocalDate date;
  private final Basis basis;

  private DeemedNotification(LocalDate dispatchDate, LocalDate openedOn, int daysAfterDispatch) {
    this.dispatchDate = Objects.requireNonNull(dispatchDate, "dispatchDate");
    this.openedOn = openedOn;
    this.daysAfterDispatch = daysAfterDispatch;
    if (daysAfterDispatch < 0) {
      throw new IllegalArgumentException("daysAfterDispatch must not be negative");
    }
    if (openedOn != null && openedOn.isBefore(dispatchDate)) {
      throw new IllegalArgumentException(
          "a notice dispatched on " + dispatchDate + " cannot be opened on " + openedOn);
    }
    LocalDate fiction = dispatchDate.plusDays(daysAfterDispatch);
    // On a tie the addressee did open it that day: the actual fact is the better basis.
    boolean opened = openedOn != null && !openedOn.isAfter(fiction);
    this.date = opened ? openedOn : fiction;
    this.basis = opened ? Basis.OPENED : Basis.DAYS_AFTER_DISPATCH;
  }

  /**
   * The deemed date of notification from dates of the office's calendar.
   *
   * @param dispatchDate the day the office made the notice available to the addressee
   * @param openedOn the day the addressee first opened it, or {@code null} if not (yet) opened
   * @param daysAfterDispatch the configured number of calendar days after which the notice is
   *     deemed notified even if not opened
   */
  public static DeemedNotification of(
      LocalDate dispatchDate, LocalDate openedOn, int daysAfterDispatch) {
    return new DeemedNotification(dispatchDate, openedOn, daysAfterDispatch);
  }

  /**
   * The deemed date of notification from the instants the delivery system recorded, taken as days
   * in {@code zone}, the office's time zone.
   *
   * @param openedAt when the addressee first opened the notice, or {@code null} if not (yet)
   */
  public static DeemedNotification of(
      Instant dispatchedAt, Instant openedAt, int daysAfterDispatch, ZoneId zone) {
    Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    Objects.requireNonNull(zone, "zone");
    return new DeemedNotification(
        LocalDate.ofInstant(dispatchedAt, zone),
        openedAt == null ? null : LocalDate.ofInstant(openedAt, zone),
        daysAfterDispatch);
  }

  /** The deemed date of notification. */
  public LocalDate date() {
    return date;
  }

  public Basis basis() {
    return basis;
  }

  public LocalDate dispatchDate() {
    return dispatchDate;
  }

  /** The day the addressee first opened the notice, if known. */
  public Optional<LocalDate> openedOn() {
    return Optional.ofNullable(openedOn);
  }

  public int daysAfterDispatch() {
    return daysAfterDispatch;
  }

  /** Time limits set by the notice run from its deemed date of notification. */
  public TimeLimit timeLimit(Period period, OfficeCalendar calendar) {
    return TimeLimit.compute(date, period, calendar);
  }

  /** Why the notice is deemed notified on {@link #date()}, in words. */
  public String explanation() {
    return switch (basis) {
      case OPENED ->
          "The notice dispatched on "
              + dispatchDate
              + " was opened by the addressee on "
              + openedOn
              + "; it is deemed notified on that day.";
      case DAYS_AFTER_DISPATCH ->
          "The notice dispatched on "
              + dispatchDate
              + (openedOn == null ? " has not been opened" : " was not opened until " + openedOn)
              + "; it is deemed notified "
              + daysAfterDispatch
              + " days after dispatch, on "
              + date
              + ".";
    };
  }

  /** The deemed notification as JSON-serialisable data, for a decision's inputs or outputs. */
  public Map<String, Object> snapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("dispatchDate", dispatchDate.toString());
    snapshot.put("openedOn", openedOn == null ? null : openedOn.toString());
    snapshot.put("daysAfterDispatch", daysAfterDispatch);
    snapshot.put("deemedDate", date.toString());
    snapshot.put("basis", basis.name());
    return snapshot;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeemedNotification that
        && dispatchDate.equals(that.dispatchDate)
        && Objects.equals(openedOn, that.openedOn)
        && daysAfterDispatch == that.daysAfterDispatch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dispatchDate, openedOn, daysAfterDispatch);
  }

  @Override
  public String toString() {
    return "DeemedNotification" + snapshot();
  }
}
