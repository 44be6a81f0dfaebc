package org.ipflow.signing;

import java.util.Objects;

/**
 * How documents of one type are signed.
 *
 * @param format the signature format
 * @param level the baseline level at signing time (augment later with {@link
 *     DocumentSigner#augment})
 * @param role the office seal or the examiner's personal signature
 */
public record SigningProfile(SignatureFormat format, SignatureLevel level, SignerRole role) {

  public SigningProfile {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(role, "role");
  }
}
