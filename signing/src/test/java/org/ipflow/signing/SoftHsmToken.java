package org.ipflow.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM2 token standing in for the office's HSM / QSCD: initialised once per test JVM in a
 * fresh directory of the build (SoftHSM2 reads it from the file SOFTHSM2_CONF names, which the
 * module's Surefire or Failsafe configuration sets and this class writes). A machine without
 * SoftHSM2 fails the tests that need it, with the package to install: they are not skipped. Shared
 * with the platform's tests through this module's test jar.
 */
public final class SoftHsmToken {

  /** The token's user PIN: a test value for a throw-away token, never a real one. */
  public static final String PIN = "246810";

  private static final String SO_PIN = "13579111";
  private static final String LABEL = "ipflow-test";
  private static String library;

  private SoftHsmToken() {}

  /** The PKCS#11 module of the token (slot list index 0), initialising the token the first time. */
  public static synchronized String library() {
    if (library == null) {
      library = initialise();
    }
    return library;
  }

  private static String initialise() {
    String module = findLibrary();
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null || conf.isBlank()) {
      throw new IllegalStateException(
          "SOFTHSM2_CONF is not set: run this test through Maven (the module's Surefire or"
              + " Failsafe configuration sets it)");
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
        process.destroyForcibly();
        throw new IllegalStateException("softhsm2-util --init-token failed: " + output);
      }
      return module;
    } catch (IOException e) {
      throw new IllegalStateException(
          "SoftHSM2 is not usable (softhsm2-util not found?): install the Debian package softhsm2",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating the SoftHSM2 token", e);
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
    throw new IllegalStateException(
        "SoftHSM2 is not installed: install the Debian package softhsm2 (or set SOFTHSM2_LIB)");
  }
}
