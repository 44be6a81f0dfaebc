package org.ipflow.platform.office;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the office takes filings in (ADR 15).
 *
 * @param first whether the office's background work waits while filings are being received (default
 *     true), so that a burst of filings is acknowledged at the rate of the intake alone
 * @param backgroundMaxDeferral how long one unit of background work waits for the intake at most
 *     (default 1 s): under a burst that never pauses, each background thread still does one unit of
 *     work per this interval
 * @param procedureStartThreads the threads that start the procedures of received filings (default
 *     1)
 */
@ConfigurationProperties("ipflow.intake")
public record IntakeProperties(
    Boolean first, Duration backgroundMaxDeferral, Integer procedureStartThreads) {

  public IntakeProperties {
    first = first == null || first;
    backgroundMaxDeferral =
        backgroundMaxDeferral == null ? Duration.ofSeconds(1) : backgroundMaxDeferral;
    if (backgroundMaxDeferral.isNegative()) {
      throw new IllegalArgumentException("ipflow.intake.background-max-deferral is negative");
    }
    procedureStartThreads = procedureStartThreads == null ? 1 : procedureStartThreads;
    if (procedureStartThreads < 1) {
      throw new IllegalArgumentException("ipflow.intake.procedure-start-threads must be >= 1");
    }
  }
}
