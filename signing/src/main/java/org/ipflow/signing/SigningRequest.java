package org.ipflow.signing;

import java.util.Objects;

/**
 * What to sign with and how.
 *
 * @param role who signs: the office seal, or an examiner in person
 * @param level the baseline level of the signature
 * @param reason the reason written into a PDF signature dictionary (may be null)
 * @param location the location written into a PDF signature dictionary (may be null)
 * @param officer the user name of the examiner who signs; required for {@link
 *     SignerRole#OFFICER_SIGNATURE}, must be null for {@link SignerRole#OFFICE_SEAL}
 */
public record SigningRequest(
    SignerRole role, SignatureLevel level, String reason, String location, String officer) {

  public SigningRequest {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(level, "level");
    if (role == SignerRole.OFFICER_SIGNATURE && (officer == null || officer.isBlank())) {
      throw new IllegalArgumentException("An officer signature needs the officer's user name");
    }
    if (role == SignerRole.OFFICE_SEAL && officer != null) {
      throw new IllegalArgumentException("An office seal names no officer");
    }
  }

  /** A request without an officer (for {@link SignerRole#OFFICE_SEAL}). */
  public SigningRequest(SignerRole role, SignatureLevel level, String reason, String location) {
    this(role, level, reason, location, null);
  }

  /** An office seal at the given level, without reason or location. */
  public static SigningRequest officeSeal(SignatureLevel level) {
    return new SigningRequest(SignerRole.OFFICE_SEAL, level, null, null, null);
  }

  /** The personal signature of examiner {@code officer} at the given level. */
  public static SigningRequest officerSignature(String officer, SignatureLevel level) {
    return new SigningRequest(SignerRole.OFFICER_SIGNATURE, level, null, null, officer);
  }
}
