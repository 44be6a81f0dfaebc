package org.ipflow.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One development PKI and one {@link Signing} for the test classes that need nothing special:
 * generating a PKI and loading its trusted list costs about a second, so it is done once per test
 * JVM. Tests that revoke, expire or replace keys make their own.
 */
final class SharedSigning {

  private static Signing signing;
  private static Path directory;

  private SharedSigning() {}

  static synchronized Signing get() {
    if (signing == null) {
      directory = newDirectory("shared");
      signing = Signing.create(SigningSettings.development(directory.resolve("pki")));
      Runtime.getRuntime().addShutdownHook(new Thread(signing::close));
    }
    return signing;
  }

  static synchronized Path directory() {
    get();
    return directory;
  }

  /** A fresh directory under target/ (kept after the run for inspection; mvn clean removes it). */
  static Path newDirectory(String name) {
    try {
      Path base = Files.createDirectories(Path.of("target", "test-work"));
      return Files.createTempDirectory(base, name + "-").toAbsolutePath();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
