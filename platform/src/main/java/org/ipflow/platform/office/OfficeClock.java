package org.ipflow.platform.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The office's time, shared with the engine: dates of receipt, decisions and timers all read the
 * same clock, so a test that moves the engine's clock moves the office with it.
 */
@Component
public class OfficeClock {

  private final OfficeProperties office;
  private long lastMillis = Long.MIN_VALUE;
  private int callsInMillisecond;

  OfficeClock(OfficeProperties office) {
    this.office = office;
  }

  /**
   * The engine's clock has millisecond resolution; within one millisecond each call returns a later
   * microsecond, so that what happened in order (a decision, then the event it causes) keeps its
   * order wherever records are sorted by time. Never more than 999 µs from the engine's clock.
   */
  public synchronized Instant now() {
    long millis = ClockUtil.getCurrentTime().getTime();
    if (millis == lastMillis) {
      callsInMillisecond = Math.min(callsInMillisecond + 1, 999);
    } else {
      lastMillis = millis;
      callsInMillisecond = 0;
    }
    return Instant.ofEpochMilli(millis).plus(callsInMillisecond, ChronoUnit.MICROS);
  }

  /** The calendar date in the office's time zone at {@code instant}. */
  public LocalDate dateAt(Instant instant) {
    return ZonedDateTime.ofInstant(instant, office.zone()).toLocalDate();
  }

  public LocalDate today() {
    return dateAt(now());
  }
}
