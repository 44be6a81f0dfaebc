package org.ipflow.signing;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSSecurityProvider;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signing keys: the office seal's and the examiners', each opened once (PKCS#12 file or PKCS#11
 * token) and kept open until {@link #close()}.
 */
final class KeyRing implements AutoCloseable {

  /** An open key: the token it lives in, the key entry (with certificate chain), a display name. */
  record Key(SignatureTokenConnection token, DSSPrivateKeyEntry entry, String name) {}

  private final DevelopmentPki pki;
  private final Map<String, KeySource> officerKeys;
  private final Set<String> officers;
  private final Key seal;
  private final Map<String, Key> openOfficers = new ConcurrentHashMap<>();
  private final List<SignatureTokenConnection> tokens = new ArrayList<>();

  KeyRing(SigningSettings settings, DevelopmentPki pki) {
    this.pki = pki;
    this.officerKeys = settings.officerKeys();
    this.officers = settings.officers();
    KeySource sealSource =
        settings.sealKey() != null
            ? settings.sealKey()
            : new KeySource.Pkcs12(
                pki.officeSealKeyStoreFile(),
                new String(pki.keyStorePassword(DevelopmentPki.OFFICE_SEAL_KEYSTORE_FILE)),
                DevelopmentPki.OFFICE_SEAL_ALIAS);
    this.seal = open(sealSource, "office seal");
  }

  Key seal() {
    return seal;
  }

  Key officer(String userName) {
    if (!officers.isEmpty() && !officers.contains(userName)) {
      throw new SigningException(
          "'" + userName + "' is not a configured examiner and cannot sign in person");
    }
    return openOfficers.computeIfAbsent(
        userName,
        name -> {
          KeySource source = officerKeys.get(name);
          if (source == null) {
            try {
              Path file = pki.officerKeyStoreFile(name);
              source =
                  new KeySource.Pkcs12(
                      file,
                      new String(pki.officerKeyStorePassword(name)),
                      DevelopmentPki.OFFICER_ALIAS);
            } catch (IllegalArgumentException e) {
              throw new SigningException(e.getMessage(), e);
            }
          }
          return open(source, "examiner " + name);
        });
  }

  private synchronized Key open(KeySource source, String what) {
    SignatureTokenConnection token;
    try {
      if (source instanceof KeySource.Pkcs12 p12) {
        token =
            new BouncyCastleSigning(
                p12.file().toFile(), new KeyStore.PasswordProtection(p12.password().toCharArray()));
      } else if (source instanceof KeySource.Pkcs11 p11) {
        token =
            new Pkcs11SignatureToken(
                p11.library(),
                new eu.europa.esig.dss.token.PrefilledPasswordCallback(
                    new KeyStore.PasswordProtection(p11.pin().toCharArray())),
                -1,
                p11.slotListIndex(),
                null);
      } else {
        throw new IllegalStateException(String.valueOf(source));
      }
    } catch (IOException | RuntimeException e) {
      throw new SigningException(
          "Cannot open the key store of the " + what + " (" + source + "): " + Errors.describe(e),
          e);
    }
    try {
      DSSPrivateKeyEntry entry = entry(token, source);
      if (entry == null) {
        throw new SigningException("No key for the " + what + " in " + source);
      }
      if (entry.getCertificateChain() == null || entry.getCertificateChain().length == 0) {
        throw new SigningException("The key of the " + what + " has no certificate in " + source);
      }
      tokens.add(token);
      return new Key(
          token, entry, DevelopmentPki.commonName(entry.getCertificate().getCertificate()));
    } catch (RuntimeException e) {
      token.close();
      throw e instanceof SigningException se
          ? se
          : new SigningException(
              "Cannot read the key of the " + what + " (" + source + "): " + Errors.describe(e), e);
    }
  }

  private static DSSPrivateKeyEntry entry(SignatureTokenConnection token, KeySource source) {
    String alias =
        source instanceof KeySource.Pkcs12 p12 ? p12.alias() : ((KeySource.Pkcs11) source).alias();
    List<DSSPrivateKeyEntry> keys = token.getKeys();
    DSSPrivateKeyEntry found = null;
    if (alias == null) {
      found = keys.size() == 1 ? keys.get(0) : null;
    } else {
      for (DSSPrivateKeyEntry key : keys) {
        if (key instanceof KSPrivateKeyEntry ks && alias.equals(ks.getAlias())) {
          found = key;
          break;
        }
      }
    }
    // A key in a file is read into memory anyway; one in a token stays there.
    return source instanceof KeySource.Pkcs12 && found instanceof KSPrivateKeyEntry ks
        ? inBouncyCastle(ks)
        : found;
  }

  /** The same key as BouncyCastle's own key object, which it signs with 3 times faster. */
  private static DSSPrivateKeyEntry inBouncyCastle(KSPrivateKeyEntry entry) {
    return new KSPrivateKeyEntry(
        entry.getAlias(),
        BouncyCastleKeys.of(
            new KeyStore.PrivateKeyEntry(
                entry.getPrivateKey(),
                java.util.Arrays.stream(entry.getCertificateChain())
                    .map(CertificateToken::getCertificate)
                    .toArray(java.security.cert.Certificate[]::new))));
  }

  @Override
  public synchronized void close() {
    for (SignatureTokenConnection token : tokens) {
      try {
        token.close();
      } catch (RuntimeException ignored) {
        // closing the others matters more
      }
    }
    tokens.clear();
  }

  /**
   * A key kept in a PKCS#12 file, used through BouncyCastle (DSS's security provider) rather than
   * the JDK's default: on Java 17 the JDK's ECDSA P-256 signs about 2.5 times slower (0.86 against
   * 0.33 ms a signature, measured on the 2-core reference machine), and every document the office
   * issues is signed. Keys in a token (PKCS#11) are used inside the token, as before.
   */
  private static final class BouncyCastleSigning extends Pkcs12SignatureToken {

    BouncyCastleSigning(File file, KeyStore.PasswordProtection password) throws IOException {
      super(file, password);
    }

    @Override
    protected Signature getSignatureInstance(String algorithm) throws NoSuchAlgorithmException {
      return Signature.getInstance(algorithm, DSSSecurityProvider.getSecurityProvider());
    }
  }
}
