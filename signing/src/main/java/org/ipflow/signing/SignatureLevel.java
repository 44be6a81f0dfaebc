package org.ipflow.signing;

/** ETSI baseline signature levels (EN 319 142-1 for PAdES). */
public enum SignatureLevel {
  /** Basic signature: signing certificate and claimed signing time only. */
  B_B,
  /** B-B plus a signature time-stamp from a TSA: proves the signature existed at that time. */
  B_T,
  /** B-T plus the certificates and revocation data needed to validate it later (PDF DSS). */
  B_LT,
  /** B-LT plus a document time-stamp that protects the validation data (long-term archival). */
  B_LTA
}
