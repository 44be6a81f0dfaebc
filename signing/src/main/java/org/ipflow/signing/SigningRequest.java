package org.ipflow.signing;

import java.util.Objects;

/**
 * What to sign with and how.
 *
 * @param role who signs (only {@link SignerRole#OFFICE_SEAL} is supported for now)
 * @param level the baseline level of the signature
 * @param reason the reason written into the PDF signature dictionary (may be null)
 * @param location the location written into the PDF signature dictionary (may be null)
 */
public record SigningRequest(
    SignerRole role, SignatureLevel level, String reason, String location) {

  public SigningRequest {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(level, "level");
  }

  /** An office seal at the given level, without reason or location. */
  public static SigningRequest officeSeal(SignatureLevel level) {
    return new SigningRequest(SignerRole.OFFICE_SEAL, level, null, null);
  }
}
