package org.ipflow.signing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where validation takes its trust anchors and eIDAS qualification from: trusted lists (ETSI TS 119
 * 612) loaded with DSS's {@code TLValidationJob}, cached on disk and usable offline.
 *
 * @param source which trusted list(s)
 * @param location the trusted list file (path or file: URL) for {@link Source#TRUSTED_LIST_FILE},
 *     the URL of the list of trusted lists for {@link Source#EU_LIST_OF_TRUSTED_LISTS}; ignored for
 *     {@link Source#DEVELOPMENT_TRUSTED_LIST}
 * @param signingCertificates certificate files (PEM or DER) whose keys may sign the list (the
 *     scheme operator's for a national list; for the EU list, the certificates published in the
 *     Official Journal). Ignored for the development list (its signer is in the PKI)
 * @param officialJournalUrl for the EU list: the Official Journal publication that announces the
 *     LOTL signing certificates (enables DSS's pivot support); may be null
 * @param cacheDirectory where downloaded lists are cached; null = {@code tl-cache} in the PKI
 *     directory
 * @param checkExpirationAndSignature DSS's {@code ExpirationAndSignatureCheckStrategy}: a list that
 *     is expired or not validly signed contributes no trust. Production: true. The development list
 *     is valid and signed, so true works there as well
 * @param onlineRevocation whether validation may fetch CRLs, OCSP responses and missing CA
 *     certificates over the network (production). False: only the development PKI's CRLs and OCSP
 *     responder and what the signature itself carries
 */
public record TrustSettings(
    Source source,
    String location,
    List<Path> signingCertificates,
    String officialJournalUrl,
    Path cacheDirectory,
    boolean checkExpirationAndSignature,
    boolean onlineRevocation) {

  /** Kinds of trust source. */
  public enum Source {
    /** The development PKI's own trusted list ({@link DevelopmentPki#trustedListFile()}). */
    DEVELOPMENT_TRUSTED_LIST,
    /** A national or custom trusted list from a file (or a URL). */
    TRUSTED_LIST_FILE,
    /** The EU list of trusted lists (LOTL) and the national lists it points to. */
    EU_LIST_OF_TRUSTED_LISTS
  }

  /** Default URL of the EU list of trusted lists. */
  public static final String EU_LOTL_URL = "https://ec.europa.eu/tools/lotl/eu-lotl.xml";

  public TrustSettings {
    Objects.requireNonNull(source, "source");
    signingCertificates =
        signingCertificates == null ? List.of() : List.copyOf(signingCertificates);
    if (source != Source.DEVELOPMENT_TRUSTED_LIST && (location == null || location.isBlank())) {
      throw new IllegalArgumentException(source + " needs a location");
    }
    if (source != Source.DEVELOPMENT_TRUSTED_LIST && signingCertificates.isEmpty()) {
      throw new IllegalArgumentException(source + " needs the certificates that may sign it");
    }
  }

  /** The development trusted list, checked strictly, offline revocation. */
  public static TrustSettings development() {
    return new TrustSettings(
        Source.DEVELOPMENT_TRUSTED_LIST, null, List.of(), null, null, true, false);
  }

  /** A national or custom trusted list read from {@code file}, checked strictly. */
  public static TrustSettings trustedListFile(
      Path file, List<Path> signingCertificates, Path cacheDirectory) {
    return new TrustSettings(
        Source.TRUSTED_LIST_FILE,
        file.toAbsolutePath().toUri().toString(),
        signingCertificates,
        null,
        cacheDirectory,
        true,
        false);
  }

  /** The EU list of trusted lists at {@code lotlUrl}, checked strictly, online revocation. */
  public static TrustSettings euListOfTrustedLists(
      String lotlUrl,
      List<Path> signingCertificates,
      String officialJournalUrl,
      Path cacheDirectory) {
    return new TrustSettings(
        Source.EU_LIST_OF_TRUSTED_LISTS,
        lotlUrl,
        signingCertificates,
        officialJournalUrl,
        cacheDirectory,
        true,
        true);
  }

  /** A copy with the given strictness. */
  public TrustSettings withCheckExpirationAndSignature(boolean check) {
    return new TrustSettings(
        source,
        location,
        signingCertificates,
        officialJournalUrl,
        cacheDirectory,
        check,
        onlineRevocation);
  }
}
