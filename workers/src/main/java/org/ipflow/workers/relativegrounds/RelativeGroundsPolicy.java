package org.ipflow.workers.relativegrounds;

/**
 * What the office does with earlier marks its relative-grounds search finds: an office setting,
 * since trade-mark laws differ on it.
 */
public enum RelativeGroundsPolicy {
  /**
   * The office examines relative grounds of its own motion (as e.g. the USPTO, the JPO and CNIPA
   * do): a hit is put to the examiner as a suggested objection; the examiner decides, and the
   * applicant is heard before any refusal.
   */
  EX_OFFICIO,
  /**
   * The office refuses on relative grounds only upon opposition (e.g. the EUIPO, which searches and
   * informs under EUTMR Art. 43): the applicant and the holders of the earlier marks found are
   * notified; the holders may oppose.
   */
  NOTIFY
}
