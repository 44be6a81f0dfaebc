package org.ipflow.platform.document;

import java.time.Instant;
import java.util.List;

/**
 * What validating an uploaded document's signatures found.
 *
 * @param signed whether the document carries a signature at all
 * @param indication ETSI EN 319 102-1: TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED (null if
 *     unsigned)
 * @param qualification e.g. QESig, QESeal, AdESig-QC, or "not qualified"
 * @param notes the validator's errors and warnings, in English
 */
public record SignatureCheck(
    boolean signed,
    String indication,
    String subIndication,
    String qualification,
    String format,
    String signer,
    Instant signingTime,
    int signatureCount,
    boolean coversWholeDocument,
    List<String> notes) {

  public SignatureCheck {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** Signed, and the signature holds in every respect the validator checks. */
  public boolean passed() {
    return signed && "TOTAL_PASSED".equals(indication);
  }
}
