package org.ipflow.signing;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of validating a document's signatures, reduced to what the platform needs, with the
 * full ETSI validation report (ETSI TS 119 102-2) kept for the record.
 *
 * <p>When a document has several signatures, the result describes the one that validates worst
 * (TOTAL_FAILED, then INDETERMINATE, then TOTAL_PASSED) and, among equals, the latest one.
 *
 * @param signed whether the document carries at least one signature
 * @param indication ETSI main status: TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED; null when
 *     unsigned
 * @param subIndication ETSI sub-status explaining an INDETERMINATE or TOTAL_FAILED (may be null)
 * @param qualification eIDAS qualification as DSS names it (e.g. QESEAL, ADESEAL_QC, NA)
 * @param format signature format and level, e.g. PAdES-BASELINE-T
 * @param signerName subject common name (CN) of the signing certificate
 * @param signingTime the signing time claimed by the signer
 * @param timestamped whether a time-stamp covers the signature
 * @param reportXml the ETSI validation report as XML (null when no validation took place)
 * @param signatureCount how many signatures the document carries
 * @param bestSignatureTime the earliest time the signature is proven to have existed (the
 *     time-stamp's time for B-T and above; the validation time otherwise)
 * @param coversWholeDocument whether the described signature covers the whole document. False when
 *     anything was appended to the PDF after it was signed: legitimately for B-LT and B-LTA (the
 *     validation data and archive time-stamps are later revisions), otherwise a reason to look at
 *     the document closely even when the indication is TOTAL_PASSED (DSS then judges the signed
 *     revision, and flags added pages or changed content in {@code indication}/{@code warnings})
 * @param errors validation errors of the described signature, in English
 * @param warnings validation warnings of the described signature, in English
 */
public record ValidationResult(
    boolean signed,
    String indication,
    String subIndication,
    String qualification,
    String format,
    String signerName,
    Instant signingTime,
    boolean timestamped,
    String reportXml,
    int signatureCount,
    Instant bestSignatureTime,
    boolean coversWholeDocument,
    List<String> errors,
    List<String> warnings) {

  public static final String TOTAL_PASSED = "TOTAL_PASSED";
  public static final String INDETERMINATE = "INDETERMINATE";
  public static final String TOTAL_FAILED = "TOTAL_FAILED";

  public ValidationResult {
    errors = errors == null ? List.of() : List.copyOf(errors);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A result for a document without any signature; {@code reason} says why, in English. */
  public static ValidationResult unsigned(String reason, String reportXml) {
    return new ValidationResult(
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        reportXml,
        0,
        null,
        false,
        List.of(),
        reason == null ? List.of() : List.of(reason));
  }

  /** Whether the document is signed and its signature validates as TOTAL_PASSED. */
  public boolean totalPassed() {
    return signed && TOTAL_PASSED.equals(indication);
  }
}
