package org.ipflow.signing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the signing module.
 *
 * @param pkiDirectory directory of the development PKI; generated there on first use (see {@link
 *     DevelopmentPki}). Its root CA is the trust anchor of validation and its office seal key
 *     signs.
 * @param tsaUrl URL of an RFC 3161 time-stamping authority, or null/blank (the default) to use the
 *     in-process development TSA of the PKI. When set, B-T and higher levels call that TSA over the
 *     network; its certificates must then be trusted for validation to pass.
 * @param visualComparisonMaxPages PDFs with at most this many pages get a page-by-page visual
 *     comparison between a signed revision and the final document when something was added after
 *     the signature (catches "shadow attacks"; costs a page rendering each). 0 disables it.
 */
public record SigningSettings(Path pkiDirectory, String tsaUrl, int visualComparisonMaxPages) {

  /** Default limit of pages for the visual comparison: rendering pages is expensive. */
  public static final int DEFAULT_VISUAL_COMPARISON_MAX_PAGES = 1;

  public SigningSettings {
    Objects.requireNonNull(pkiDirectory, "pkiDirectory");
    if (visualComparisonMaxPages < 0) {
      throw new IllegalArgumentException("visualComparisonMaxPages must be >= 0");
    }
    if (tsaUrl != null && tsaUrl.isBlank()) {
      tsaUrl = null;
    }
  }

  /** Development settings: the PKI in {@code pkiDirectory}, in-process TSA, default page limit. */
  public static SigningSettings development(Path pkiDirectory) {
    return new SigningSettings(pkiDirectory, null, DEFAULT_VISUAL_COMPARISON_MAX_PAGES);
  }
}
