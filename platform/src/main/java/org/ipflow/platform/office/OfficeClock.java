package org.ipflow.platform.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The office's time, shared with the engine: dates of receipt, decisions and timers all read the
 * same clock, so a test that moves the engine's clock moves the office with it.
 */
@Component
public class OfficeClock {

  private final OfficeProperties office;

  OfficeClock(OfficeProperties office) {
    this.office = office;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The calendar date in the office's time zone at {@code instant}. */
  public LocalDate dateAt(Instant instant) {
    return ZonedDateTime.ofInstant(instant, office.zone()).toLocalDate();
  }

  public LocalDate today() {
    return dateAt(now());
  }
}
