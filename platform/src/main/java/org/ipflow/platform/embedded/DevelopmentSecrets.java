package org.ipflow.platform.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Passwords of the embedded default (database roles, Keycloak administrator), generated on first
 * start into the git-ignored run directory and reused afterwards. Development only: a server gets
 * its secrets from the environment.
 */
public final class DevelopmentSecrets {

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Properties values = new Properties();

  private DevelopmentSecrets(Path file) {
    this.file = file;
  }

  public static DevelopmentSecrets in(Path file) {
    DevelopmentSecrets secrets = new DevelopmentSecrets(file);
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        secrets.values.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return secrets;
  }

  /** The secret called {@code name}, generated and stored on first use. */
  public synchronized String get(String name) {
    String value = values.getProperty(name);
    if (value == null) {
      value = generate(24);
      values.setProperty(name, value);
      store();
    }
    return value;
  }

  public static String generate(int length) {
    StringBuilder builder = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      builder.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return builder.toString();
  }

  private void store() {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer writer = Files.newBufferedWriter(file)) {
        values.store(writer, "IPFlow development secrets, generated on first start. Dev only.");
      }
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // best effort on file systems without POSIX permissions
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
