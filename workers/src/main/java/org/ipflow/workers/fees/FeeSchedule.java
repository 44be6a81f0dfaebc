package org.ipflow.workers.fees;

import java.time.LocalDate;

/** A right's fee schedule as the fee decision needs it; backed by DMN tables. */
interface FeeSchedule {

  Entry lookup(String ipRight, LocalDate filingDate);

  String versionTag();

  /**
   * @param unitsIncluded how many classes, designs or claims the base fee covers
   * @param extraUnitFeeMinor the fee for each further unit
   */
  record Entry(long baseFeeMinor, int unitsIncluded, long extraUnitFeeMinor, String currency) {}
}
