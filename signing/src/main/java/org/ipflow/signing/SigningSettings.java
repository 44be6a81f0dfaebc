package org.ipflow.signing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the signing module.
 *
 * @param pkiDirectory directory of the development PKI; generated there on first use (see {@link
 *     DevelopmentPki}). Its keys sign when no other key is configured, its TSA time-stamps when no
 *     TSA URL is set, its CRLs and OCSP responder answer revocation requests
 * @param tsaUrl URL of an RFC 3161 time-stamping authority, or null/blank (the default) to use the
 *     in-process development TSA of the PKI. When set, B-T and higher levels call that TSA over the
 *     network; its certificates must then be trusted for validation to pass
 * @param visualComparisonMaxPages PDFs with at most this many pages get a page-by-page visual
 *     comparison between a signed revision and the final document when something was added after
 *     the signature (catches "shadow attacks"; costs a page rendering each). 0 disables it
 * @param sealKey the office seal's key; null = the development PKI's office seal (PKCS#12)
 * @param officerKeys examiners' keys by user name; an examiner without an entry gets a development
 *     certificate and PKCS#12 key from the PKI (generated once, on first use)
 * @param officers the examiners who may sign in person; empty = any user name (development)
 * @param trust trusted lists and revocation sources for validation
 * @param ocsp whether the development PKI's OCSP responder answers (false: CRLs only)
 * @param profiles format, level and signer per document type
 * @param archiveTimestampRenewalMargin how long before an archive time-stamp's certificate or
 *     algorithms expire a new one is due
 */
public record SigningSettings(
    Path pkiDirectory,
    String tsaUrl,
    int visualComparisonMaxPages,
    KeySource sealKey,
    Map<String, KeySource> officerKeys,
    Set<String> officers,
    TrustSettings trust,
    boolean ocsp,
    SigningProfiles profiles,
    Duration archiveTimestampRenewalMargin) {

  /** Default limit of pages for the visual comparison: rendering pages is expensive. */
  public static final int DEFAULT_VISUAL_COMPARISON_MAX_PAGES = 1;

  /** Default renewal margin of archive time-stamps: one year before expiry. */
  public static final Duration DEFAULT_RENEWAL_MARGIN = Duration.ofDays(365);

  public SigningSettings {
    Objects.requireNonNull(pkiDirectory, "pkiDirectory");
    if (visualComparisonMaxPages < 0) {
      throw new IllegalArgumentException("visualComparisonMaxPages must be >= 0");
    }
    if (tsaUrl != null && tsaUrl.isBlank()) {
      tsaUrl = null;
    }
    officerKeys = officerKeys == null ? Map.of() : Map.copyOf(officerKeys);
    officers = officers == null ? Set.of() : Set.copyOf(officers);
    trust = trust == null ? TrustSettings.development() : trust;
    profiles = profiles == null ? SigningProfiles.defaults() : profiles;
    archiveTimestampRenewalMargin =
        archiveTimestampRenewalMargin == null
            ? DEFAULT_RENEWAL_MARGIN
            : archiveTimestampRenewalMargin;
  }

  /**
   * The settings of earlier versions: development keys, trust and profiles.
   *
   * @deprecated use {@link #development(Path)} and the {@code with...} methods
   */
  @Deprecated
  public SigningSettings(Path pkiDirectory, String tsaUrl, int visualComparisonMaxPages) {
    this(pkiDirectory, tsaUrl, visualComparisonMaxPages, null, null, null, null, true, null, null);
  }

  /**
   * Development settings: the PKI in {@code pkiDirectory} (keys, in-process TSA, CRLs and OCSP),
   * trust from the PKI's own trusted list, default profiles and page limit.
   */
  public static SigningSettings development(Path pkiDirectory) {
    return new SigningSettings(
        pkiDirectory,
        null,
        DEFAULT_VISUAL_COMPARISON_MAX_PAGES,
        null,
        null,
        null,
        null,
        true,
        null,
        null);
  }

  public SigningSettings withTsaUrl(String url) {
    return new SigningSettings(
        pkiDirectory,
        url,
        visualComparisonMaxPages,
        sealKey,
        officerKeys,
        officers,
        trust,
        ocsp,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withSealKey(KeySource key) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        key,
        officerKeys,
        officers,
        trust,
        ocsp,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withOfficerKeys(Map<String, KeySource> keys) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        sealKey,
        keys,
        officers,
        trust,
        ocsp,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withOfficers(Set<String> userNames) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        sealKey,
        officerKeys,
        userNames,
        trust,
        ocsp,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withTrust(TrustSettings trustSettings) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        sealKey,
        officerKeys,
        officers,
        trustSettings,
        ocsp,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withOcsp(boolean enabled) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        sealKey,
        officerKeys,
        officers,
        trust,
        enabled,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withProfiles(SigningProfiles signingProfiles) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        sealKey,
        officerKeys,
        officers,
        trust,
        ocsp,
        signingProfiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withVisualComparisonMaxPages(int pages) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        pages,
        sealKey,
        officerKeys,
        officers,
        trust,
        ocsp,
        profiles,
        archiveTimestampRenewalMargin);
  }

  public SigningSettings withArchiveTimestampRenewalMargin(Duration margin) {
    return new SigningSettings(
        pkiDirectory,
        tsaUrl,
        visualComparisonMaxPages,
        sealKey,
        officerKeys,
        officers,
        trust,
        ocsp,
        profiles,
        margin);
  }
}
