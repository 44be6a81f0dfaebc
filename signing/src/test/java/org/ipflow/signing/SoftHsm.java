package org.ipflow.signing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM2 token for the PKCS#11 tests: created once per test JVM in a fresh directory under
 * target/, with keys generated <em>inside</em> the token (through the JDK's SunPKCS11 provider, as
 * token objects that are sensitive and not extractable) and certificates from the development CA
 * stored next to them.
 *
 * <p>SoftHSM2 reads its configuration from the file named by SOFTHSM2_CONF when the library is
 * first initialised in the JVM; the module's Surefire configuration sets that variable to {@code
 * target/softhsm/softhsm2.conf}, which this class writes. A machine without SoftHSM2 fails these
 * tests (it is not skipped): install the Debian package {@code softhsm2}.
 */
final class SoftHsm {

  static final String PIN = "246810";
  private static final String SO_PIN = "13579111";
  static final String LABEL = "ipflow-test";

  private static String library;

  private SoftHsm() {}

  /** The PKCS#11 module of the token, initialising the token the first time. */
  static synchronized String library() {
    if (library == null) {
      library = initialise();
    }
    return library;
  }

  /**
   * Generates an EC P-256 key pair inside the token under {@code alias}, has the development CA
   * certify it (with QcSSCD: the key is in a QSCD) and stores the chain in the token.
   */
  static synchronized List<X509Certificate> provisionKey(
      DevelopmentPki pki, String alias, SignerRole role, String commonName) {
    return pki.ensureKeyInToken(new KeySource.Pkcs11(library(), 0, PIN, alias), role, commonName);
  }

  private static String initialise() {
    String module = findLibrary();
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null) {
      fail(
          "SOFTHSM2_CONF is not set: run the PKCS#11 tests through Maven (the signing module's"
              + " Surefire configuration sets it)");
    }
    try {
      Path confFile = Path.of(conf).toAbsolutePath();
      Files.createDirectories(confFile.getParent());
      Path tokens = Files.createTempDirectory(confFile.getParent(), "tokens-");
      Files.writeString(
          confFile,
          "directories.tokendir = "
              + tokens
              + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
          StandardCharsets.US_ASCII);
      Process process =
          new ProcessBuilder(
                  "softhsm2-util",
                  "--init-token",
                  "--free",
                  "--label",
                  LABEL,
                  "--pin",
                  PIN,
                  "--so-pin",
                  SO_PIN)
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        fail("softhsm2-util --init-token failed: " + output);
      }
      return module;
    } catch (IOException e) {
      return fail(
          "SoftHSM2 is not usable (softhsm2-util not found?). Install the Debian package"
              + " softhsm2: "
              + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("Interrupted while creating the SoftHSM2 token");
    }
  }

  private static String findLibrary() {
    for (String candidate :
        List.of(
            System.getenv().getOrDefault("SOFTHSM2_LIB", ""),
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so")) {
      if (!candidate.isEmpty() && Files.isRegularFile(Path.of(candidate))) {
        return candidate;
      }
    }
    return fail(
        "SoftHSM2 is not installed: the PKCS#11 tests need /usr/lib/softhsm/libsofthsm2.so and"
            + " softhsm2-util (Debian package softhsm2; or set SOFTHSM2_LIB)");
  }
}
