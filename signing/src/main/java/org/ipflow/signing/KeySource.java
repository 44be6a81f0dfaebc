package org.ipflow.signing;

import java.nio.file.Path;
import java.util.Objects;

/** Where a signing key lives: a PKCS#12 file or a PKCS#11 token (HSM / QSCD). */
public sealed interface KeySource permits KeySource.Pkcs12, KeySource.Pkcs11 {

  /**
   * A key in a PKCS#12 file (store and key share the password).
   *
   * @param file the .p12 file
   * @param password its password (from the environment, never from a committed file)
   * @param alias the key's alias, or null for the only key in the file
   */
  record Pkcs12(Path file, String password, String alias) implements KeySource {
    public Pkcs12 {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Pkcs12[" + file + ", alias=" + alias + "]";
    }
  }

  /**
   * A key in a PKCS#11 token, used through the JDK's SunPKCS11 provider: the private key never
   * leaves the token.
   *
   * @param library the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
   * @param slotListIndex index of the token's slot in the module's slot list (0 for the first)
   * @param pin the user PIN (from the environment)
   * @param alias the key's label (CKA_LABEL) in the token, or null for the only key
   */
  record Pkcs11(String library, int slotListIndex, String pin, String alias) implements KeySource {
    public Pkcs11 {
      Objects.requireNonNull(library, "library");
      Objects.requireNonNull(pin, "pin");
      if (slotListIndex < 0) {
        throw new IllegalArgumentException("slotListIndex must be >= 0");
      }
    }

    @Override
    public String toString() {
      return "Pkcs11[" + library + ", slotListIndex=" + slotListIndex + ", alias=" + alias + "]";
    }
  }
}
