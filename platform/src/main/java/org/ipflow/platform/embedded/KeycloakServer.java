package org.ipflow.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Keycloak server from the distribution on Maven Central, started as a child process in
 * development mode on {@code localhost} (never 127.0.0.1: token issuers must match exactly and
 * WebAuthn refuses IP addresses). Its database and transaction logs live in a directory of its own,
 * so several servers can share one unpacked distribution.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

  private final Path home;
  private final Path dataDirectory;
  private final int httpPort;
  private final int managementPort;
  private final String adminUser;
  private final String adminPassword;
  private Process process;

  public KeycloakServer(
      Path home,
      Path dataDirectory,
      int httpPort,
      int managementPort,
      String adminUser,
      String adminPassword) {
    if (httpPort == managementPort) {
      // Keycloak then serves both on one port without its health endpoints: start would wait for
      // a readiness that never comes.
      throw new IllegalArgumentException(
          "Keycloak's HTTP and management ports must differ, both are " + httpPort);
    }
    this.home = home.toAbsolutePath();
    this.dataDirectory = dataDirectory.toAbsolutePath();
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  public String url() {
    return "http://localhost:" + httpPort;
  }

  public String adminUser() {
    return adminUser;
  }

  public String adminPassword() {
    return adminPassword;
  }

  /**
   * Starts the server and returns once {@code /health/ready} answers, or fails after {@code
   * timeout}.
   */
  public KeycloakServer start(Duration timeout) {
    Path script = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(
          "Keycloak is not unpacked at "
              + home
              + " (the Maven build unpacks it: run ./mvnw -pl platform -am package -DskipTests)");
    }
    try {
      Files.createDirectories(dataDirectory);
      stopServerLeftRunning();
      List<String> command = new ArrayList<>();
      if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
        // Its own session: a Ctrl-C in the terminal reaches the platform, which stops Keycloak in
        // order.
        command.add("/usr/bin/setsid");
      }
      command.add("bash");
      command.add(script.toString());
      command.add("start-dev");
      command.add("--http-host=localhost");
      command.add("--http-port=" + httpPort);
      command.add("--hostname=" + url());
      command.add("--http-management-port=" + managementPort);
      command.add("--health-enabled=true");
      command.add(
          "--db-url=jdbc:h2:file:"
              + dataDirectory.resolve("h2/keycloakdb")
              + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE");
      ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
      builder
          .environment()
          .put(
              "JAVA_OPTS_APPEND",
              "-Dquarkus.transaction-manager.object-store.directory="
                  + dataDirectory.resolve("transaction-logs"));
      // Used by Keycloak only when the master realm has no administrator yet (the first start).
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      Path logFile = dataDirectory.resolve("keycloak.log");
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      log.info("Starting Keycloak at {} (log: {})", url(), logFile);
      process = builder.start();
      Files.writeString(pidFile(), Long.toString(process.pid()));
      awaitReady(timeout, logFile);
      log.info("Keycloak is ready at {}", url());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak did not start", e);
    }
  }

  private void awaitReady(Duration timeout, Path logFile) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://localhost:" + managementPort + "/health/ready");
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Keycloak exited with code " + process.exitValue() + " during start; see " + logFile);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      sleepQuietly(Duration.ofMillis(500));
    }
    close();
    throw new IllegalStateException(
        "Keycloak was not ready within " + timeout.toSeconds() + " s; see " + logFile);
  }

  /** A server left by a JVM that was killed would hold the ports and the database: stop it. */
  private void stopServerLeftRunning() throws IOException {
    stopLeftRunning(home, dataDirectory);
  }

  /**
   * Stops the server a killed JVM left running on {@code dataDirectory}, if any: call it before
   * deleting that directory, or the old server keeps writing into the new one's database.
   */
  public static void stopLeftRunning(Path home, Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("keycloak.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false))
        .ifPresent(
            p -> {
              log.warn("Keycloak (pid {}) from an earlier run is still running: stopping it", pid);
              destroyTree(p);
            });
    Files.deleteIfExists(pidFile);
  }

  private Path pidFile() {
    return dataDirectory.resolve("keycloak.pid");
  }

  @Override
  public void close() {
    if (process == null) {
      return;
    }
    destroyTree(process.toHandle());
    process = null;
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException e) {
      log.debug("could not delete {}", pidFile(), e);
    }
    log.info("Keycloak stopped");
  }

  /** kc.sh starts the JVM as a child: stop the children first, then the script. */
  private static void destroyTree(ProcessHandle root) {
    List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
    all.add(root);
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception stillRunning) {
        handle.destroyForcibly();
      }
    }
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
