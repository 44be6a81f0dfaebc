package org.ipflow.platform.filing;

/** Where a filing stands in the procedure. */
public enum FilingStatus {
  RECEIVED,
  AWAITING_MISSING_ELEMENTS,
  AWAITING_DEFICIENCY_RESPONSE,
  AWAITING_PAYMENT,
  UNDER_EXAMINATION,
  AWAITING_OBSERVATIONS,
  PUBLISHED,
  REGISTERED,
  REFUSED,
  WITHDRAWN,
  NOT_FILED
}
