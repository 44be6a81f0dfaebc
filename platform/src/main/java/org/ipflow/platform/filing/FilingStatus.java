package org.ipflow.platform.filing;

/** Where a filing stands in the procedure. */
public enum FilingStatus {
  RECEIVED,
  AWAITING_DEFICIENCY_RESPONSE,
  AWAITING_EXAMINATION,
  REGISTERED,
  REFUSED,
  WITHDRAWN
}
