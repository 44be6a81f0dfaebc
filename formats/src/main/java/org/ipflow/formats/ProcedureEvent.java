package org.ipflow.formats;

/**
 * The platform's procedure events (and the statuses they lead to), as the formats module knows
 * them. {@link LegalStatus} codes each of them per right with WIPO ST.87 (marks), ST.88 (designs)
 * or ST.27 (patents, utility models).
 */
public enum ProcedureEvent {
  /** Filing received; an ST.13 number and the date of receipt recorded. */
  RECEIVED,
  /** Filing-date requirements met (possibly after a postponement). */
  FILING_DATE_ACCORDED,
  /** Application published (marks before opposition; patents 18 months from priority). */
  PUBLISHED,
  /** Opposition filed (marks before registration; patents after grant). */
  OPPOSITION_FILED,
  /** Mark, design or utility model registered. */
  REGISTERED,
  /** Patent granted. */
  GRANTED,
  /** Application refused. */
  REFUSED,
  /** Application withdrawn by the applicant. */
  WITHDRAWN,
  /** Application deemed withdrawn (a time limit expired without a reply or payment). */
  DEEMED_WITHDRAWN,
  /** Registered right renewed (renewal fee paid). */
  RENEWED,
  /** Registered right lapsed (renewal or maintenance fee not paid). */
  LAPSED,
  /** Registered right reached the end of its maximum term. */
  EXPIRED
}
