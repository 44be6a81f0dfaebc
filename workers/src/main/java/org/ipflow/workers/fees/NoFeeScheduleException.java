package org.ipflow.workers.fees;

import java.time.LocalDate;

/** No row of the fee schedule covers the right and the date: the schedule has a gap to fix. */
public final class NoFeeScheduleException extends RuntimeException {

  NoFeeScheduleException(String ipRight, LocalDate filingDate) {
    super("the fee schedule has no entry for " + ipRight + " on " + filingDate);
  }
}
