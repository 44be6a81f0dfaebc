package org.ipflow.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 from the embedded binaries, with its data in a fixed directory so a restart keeps
 * every filing. A server left running by a process that was killed is stopped before a new one
 * starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on {@code port} with its cluster in {@code directory}/data (created on first
   * use) and its binaries unpacked once into {@code directory}/bin.
   */
  public static EmbeddedPostgresServer start(Path directory, int port) {
    Path data = directory.resolve("data");
    Path binaries = directory.resolve("bin");
    try {
      Files.createDirectories(data);
      Files.createDirectories(binaries);
      stopServerLeftRunning(data, binaries);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(binaries.toFile())
              // Its own hook races Spring's at shutdown (a 35 s hang); the owner stops it
              // explicitly.
              .setRegisterShutdownHook(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "localhost")
              .setServerConfig("max_connections", "200")
              // The library's default (off) trades durability for speed; a 201 must never be lost.
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("fsync", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      log.info("PostgreSQL is up on localhost:{} (data in {})", port, data);
      return new EmbeddedPostgresServer(postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start from " + directory, e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** A JDBC URL of {@code database} on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  @Override
  public void close() {
    try {
      postgres.close();
      log.info("PostgreSQL stopped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * After a {@code kill -9} of the JVM that owned it, the postmaster keeps running and holds the
   * data directory; stop it cleanly (a fast shutdown keeps every committed transaction).
   */
  private static void stopServerLeftRunning(Path data, Path binaries) throws IOException {
    Path pidFile = data.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
    boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    if (!alive) {
      return; // a stale pid file: PostgreSQL recovers from it on its own
    }
    log.warn(
        "PostgreSQL (pid {}) from an earlier run still holds {}: stopping it first", pid, data);
    Path pgCtl = findPgCtl(binaries);
    try {
      Process stop =
          new ProcessBuilder(pgCtl.toString(), "-D", data.toString(), "-m", "fast", "-w", "stop")
              .inheritIO()
              .start();
      if (!stop.waitFor(60, TimeUnit.SECONDS) || stop.exitValue() != 0) {
        throw new IllegalStateException("could not stop the PostgreSQL left running in " + data);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
    }
  }

  private static Path findPgCtl(Path binaries) throws IOException {
    try (var files = Files.walk(binaries)) {
      return files
          .filter(p -> p.getFileName().toString().equals("pg_ctl"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no pg_ctl under " + binaries));
    }
  }
}
