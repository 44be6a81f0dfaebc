package org.ipflow.platform.registration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ipflow.signing.DevelopmentPki;
import org.ipflow.signing.KeySource;
import org.ipflow.signing.SignerRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the signing keys are. Secrets (PKCS#12 passwords, PKCS#11 PINs) come from the environment
 * ({@code IPFLOW_SIGNING_SEAL_PIN}, {@code IPFLOW_SIGNING_SEAL_PASSWORD}), never from a committed
 * file.
 *
 * @param pkiDirectory the development PKI (generated there once): its keys sign when no other key
 *     is configured, its TSA time-stamps, its CRLs and OCSP responder answer
 * @param seal the office seal's key; absent = the development PKI's seal (PKCS#12, not qualified)
 * @param officerKeys examiners' personal keys by user name; an examiner without one gets a
 *     development certificate and PKCS#12 key (not qualified)
 * @param longTerm the long-term level each kind of document the office issues is augmented to after
 *     issue, by kind ({@code registration-certificate}, {@code decision}, {@code filing-receipt},
 *     {@code notice}): {@code B_LTA}, {@code B_LT} or {@code none}. Unset: B-LTA for registration
 *     certificates and decisions, none (B-T) for the others
 * @param archiveTimestampRenewalMargin how long before the time-stamping certificate or the
 *     algorithms of a document's latest archive time-stamp expire it is renewed; default one year
 * @param archiveTimestampRenewalMinInterval the least time between two renewals of one document (a
 *     time-stamping certificate already within the margin must not renew it at every run); default
 *     7 days
 */
@ConfigurationProperties("ipflow.signing")
record SigningProperties(
    Path pkiDirectory,
    Key seal,
    Map<String, Key> officerKeys,
    Map<String, LongTermLevels.LongTerm> longTerm,
    Duration archiveTimestampRenewalMargin,
    Duration archiveTimestampRenewalMinInterval) {

  SigningProperties {
    if (pkiDirectory == null) {
      throw new IllegalArgumentException("ipflow.signing.pki-directory is not set");
    }
    seal = seal == null ? new Key(null, null, null, null, null, null, null, false, null) : seal;
    officerKeys = officerKeys == null ? Map.of() : Map.copyOf(officerKeys);
    longTerm = longTerm == null ? Map.of() : Map.copyOf(longTerm);
    archiveTimestampRenewalMargin =
        archiveTimestampRenewalMargin == null
            ? Duration.ofDays(365)
            : archiveTimestampRenewalMargin;
    archiveTimestampRenewalMinInterval =
        archiveTimestampRenewalMinInterval == null
            ? Duration.ofDays(7)
            : archiveTimestampRenewalMinInterval;
    if (archiveTimestampRenewalMargin.isNegative()
        || archiveTimestampRenewalMinInterval.isNegative()
        || archiveTimestampRenewalMinInterval.isZero()) {
      throw new IllegalArgumentException(
          "ipflow.signing.archive-timestamp-renewal-margin must be >= 0 and"
              + " ipflow.signing.archive-timestamp-renewal-min-interval > 0");
    }
  }

  /** The long-term level of each kind of document, with the defaults. */
  LongTermLevels longTermLevels() {
    return new LongTermLevels(longTerm);
  }

  /** Where a key lives. */
  enum KeyType {
    /** The development PKI's key in a PKCS#12 file (development and tests only). */
    DEVELOPMENT,
    /** A PKCS#12 file of the office's own. */
    PKCS12,
    /** A PKCS#11 token: an HSM or QSCD (SoftHSM2 in development and tests). */
    PKCS11
  }

  /**
   * One signing key.
   *
   * @param type where the key lives; absent = {@link KeyType#DEVELOPMENT}
   * @param file the PKCS#12 file ({@link KeyType#PKCS12})
   * @param password the PKCS#12 password ({@link KeyType#PKCS12}; from the environment)
   * @param library the PKCS#11 module ({@link KeyType#PKCS11}), e.g. {@code
   *     /usr/lib/softhsm/libsofthsm2.so}
   * @param slotListIndex the token's index in the module's slot list ({@link KeyType#PKCS11});
   *     absent = 0
   * @param pin the token's user PIN ({@link KeyType#PKCS11}; from the environment)
   * @param alias the key's alias (PKCS#12) or label (CKA_LABEL, PKCS#11); absent = the only key
   * @param provisionDevelopmentKey development and tests only ({@link KeyType#PKCS11}): if the
   *     token has no key under {@code alias}, generate one inside the token and have the
   *     development PKI certify it (with QcSSCD, as the key is in the device). Never for production
   *     tokens, whose certificates come from a qualified trust service provider
   * @param commonName the subject's name of a provisioned development certificate
   */
  record Key(
      KeyType type,
      Path file,
      String password,
      String library,
      Integer slotListIndex,
      String pin,
      String alias,
      boolean provisionDevelopmentKey,
      String commonName) {

    Key {
      type = type == null ? KeyType.DEVELOPMENT : type;
    }

    /**
     * The key source for the signing module, provisioning a development key in the token first when
     * configured to; null for {@link KeyType#DEVELOPMENT} (the signing module's default).
     *
     * @param what which key, for messages: {@code seal} or {@code officer-keys.<name>}
     */
    KeySource source(DevelopmentPki pki, SignerRole role, String what, String defaultCommonName) {
      String prefix = "ipflow.signing." + what + ".";
      return switch (type) {
        case DEVELOPMENT -> null;
        case PKCS12 -> {
          require(file, prefix + "file");
          require(password, prefix + "password");
          yield new KeySource.Pkcs12(file, password, blankToNull(alias));
        }
        case PKCS11 -> {
          require(library, prefix + "library");
          require(pin, prefix + "pin");
          KeySource.Pkcs11 token =
              new KeySource.Pkcs11(
                  library, slotListIndex == null ? 0 : slotListIndex, pin, blankToNull(alias));
          if (provisionDevelopmentKey) {
            require(token.alias(), prefix + "alias");
            pki.ensureKeyInToken(
                token,
                role,
                commonName == null || commonName.isBlank() ? defaultCommonName : commonName);
          }
          yield token;
        }
      };
    }

    private static void require(Object value, String property) {
      if (value == null || value.toString().isBlank()) {
        throw new IllegalStateException(property + " is not set");
      }
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
      return "Key[" + type + ", file=" + file + ", library=" + library + ", alias=" + alias + "]";
    }
  }
}
