package org.ipflow.platform.search;

/** Where a mark in the searched register stands. */
public enum RegisterStatus {
  /** Published application: an earlier right, subject to its registration. */
  PUBLISHED,
  /** Registered and in force. */
  REGISTERED,
  /** Refused (in whole): no earlier right. */
  REFUSED,
  /** Withdrawn or deemed withdrawn: no earlier right. */
  WITHDRAWN,
  /** Expired without renewal: no earlier right. */
  EXPIRED,
  /** Surrendered, revoked or declared invalid: no earlier right. */
  CANCELLED;

  /** Whether a mark with this status is an earlier right that the search finds. */
  public boolean isEarlierRight() {
    return this == PUBLISHED || this == REGISTERED;
  }
}
