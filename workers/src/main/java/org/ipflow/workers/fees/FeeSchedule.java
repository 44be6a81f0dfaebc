package org.ipflow.workers.fees;

import java.time.LocalDate;

/** The fee schedule as the fee decision needs it; backed by a DMN table. */
interface FeeSchedule {

  Entry lookup(String ipRight, LocalDate filingDate);

  String versionTag();

  record Entry(long baseFeeMinor, int classesIncluded, long extraClassFeeMinor, String currency) {}
}
