package org.ipflow.signing;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which format, level and signer each document type gets: document type (the platform's name, e.g.
 * {@code registration-certificate}) to {@link SigningProfile}.
 *
 * @param byDocumentType the profiles, by document type
 */
public record SigningProfiles(Map<String, SigningProfile> byDocumentType) {

  /** Filing receipts: sealed PAdES-B-T. */
  public static final String RECEIPT = "receipt";

  /** Registration certificates: sealed PAdES-B-LTA (kept for the life of the right). */
  public static final String REGISTRATION_CERTIFICATE = "registration-certificate";

  /** Decisions: signed by the deciding examiner, PAdES-B-LTA. */
  public static final String DECISION = "decision";

  /** Notices (deficiency, payment requests): sealed PAdES-B-T. */
  public static final String NOTICE = "notice";

  /** ST.96 XML exports: detached XAdES-B-LTA seal (the XML stays unchanged). */
  public static final String ST96_XML = "st96-xml";

  /** JSON exports and API documents: JAdES-B-LT seal. */
  public static final String JSON = "json";

  public SigningProfiles {
    Objects.requireNonNull(byDocumentType, "byDocumentType");
    byDocumentType = Map.copyOf(byDocumentType);
  }

  /** The defaults for the document types above. */
  public static SigningProfiles defaults() {
    return new SigningProfiles(
        Map.of(
            RECEIPT,
            new SigningProfile(SignatureFormat.PADES, SignatureLevel.B_T, SignerRole.OFFICE_SEAL),
            REGISTRATION_CERTIFICATE,
            new SigningProfile(SignatureFormat.PADES, SignatureLevel.B_LTA, SignerRole.OFFICE_SEAL),
            DECISION,
            new SigningProfile(
                SignatureFormat.PADES, SignatureLevel.B_LTA, SignerRole.OFFICER_SIGNATURE),
            NOTICE,
            new SigningProfile(SignatureFormat.PADES, SignatureLevel.B_T, SignerRole.OFFICE_SEAL),
            ST96_XML,
            new SigningProfile(
                SignatureFormat.XADES_DETACHED, SignatureLevel.B_LTA, SignerRole.OFFICE_SEAL),
            JSON,
            new SigningProfile(
                SignatureFormat.JADES, SignatureLevel.B_LT, SignerRole.OFFICE_SEAL)));
  }

  /**
   * The profile of a document type.
   *
   * @throws IllegalArgumentException if the type has no profile
   */
  public SigningProfile forDocumentType(String documentType) {
    SigningProfile profile = byDocumentType.get(documentType);
    if (profile == null) {
      throw new IllegalArgumentException(
          "No signing profile for document type '"
              + documentType
              + "'; configured: "
              + new TreeMap<>(byDocumentType).keySet());
    }
    return profile;
  }

  /** A copy with {@code documentType} mapped to {@code profile} (added or replaced). */
  public SigningProfiles with(String documentType, SigningProfile profile) {
    Map<String, SigningProfile> copy = new TreeMap<>(byDocumentType);
    copy.put(Objects.requireNonNull(documentType), Objects.requireNonNull(profile));
    return new SigningProfiles(copy);
  }
}
