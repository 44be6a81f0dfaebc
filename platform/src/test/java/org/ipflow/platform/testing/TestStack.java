package org.ipflow.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.ipflow.platform.embedded.DatabaseSetup;
import org.ipflow.platform.embedded.DevelopmentSecrets;
import org.ipflow.platform.embedded.EmbeddedPostgresServer;
import org.ipflow.platform.embedded.KeycloakRealmImport;
import org.ipflow.platform.embedded.KeycloakServer;

/**
 * The real components every integration test runs on, started once per build (one JVM runs all
 * integration tests): one PostgreSQL from the embedded binaries and one Keycloak server with the
 * committed realm. The platform's schema is migrated once into a template database; each Spring
 * context gets its own database cloned from it.
 */
public final class TestStack {

  private static final String TEMPLATE = "ipflow_template";
  private static final int FIRST_PORT = 20_000;
  private static final int PORT_COUNT = 12_000;
  private static final java.util.Random PORTS = new java.security.SecureRandom();

  private static volatile TestStack instance;

  private final Path workDir;
  private final EmbeddedPostgresServer postgres;
  private final KeycloakServer keycloak;
  private final DatabaseSetup setup;
  private final String ownerPassword = DevelopmentSecrets.generate(24);
  private final String appPassword = DevelopmentSecrets.generate(24);
  private final AtomicInteger databases = new AtomicInteger();

  private TestStack() {
    workDir = Path.of(System.getProperty("ipflow.test.work-dir", "target/it")).toAbsolutePath();
    deleteRecursively(workDir.resolve("postgres/data"));
    Path keycloakHome =
        Path.of(
            System.getProperty(
                "ipflow.test.keycloak-home", "../.run/keycloak-" + keycloakVersionForIde()));
    stopKeycloakLeftRunning(keycloakHome, workDir.resolve("keycloak"));
    deleteRecursively(workDir.resolve("keycloak"));
    postgres = EmbeddedPostgresServer.start(workDir.resolve("postgres"), freePort());
    setup = new DatabaseSetup(postgres.jdbcUrl("postgres"), "postgres");
    setup.ensureRoles(ownerPassword, appPassword);
    setup.ensureDatabase(TEMPLATE);
    migrate(postgres.jdbcUrl(TEMPLATE));
    keycloak = startKeycloak(keycloakHome);
    new KeycloakRealmImport().ensureRealm(keycloak, workDir.resolve("keycloak/realm.sha256"));
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-stack-stop"));
  }

  /**
   * Keycloak binds its ports some 20 s after it starts; if something took one of them meanwhile it
   * exits ("Address already in use"), and it starts again on other ports. The administrator's
   * password stays the same: Keycloak creates the administrator only on its first start.
   */
  private KeycloakServer startKeycloak(Path home) {
    String adminPassword = DevelopmentSecrets.generate(24);
    IllegalStateException failure = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      int http = freePort();
      int management = freePort();
      while (management == http) { // each is free now, but the same one twice is one port
        management = freePort();
      }
      try {
        return new KeycloakServer(
                home, workDir.resolve("keycloak"), http, management, "admin", adminPassword)
            .start(Duration.ofMinutes(5));
      } catch (IllegalStateException exited) {
        if (!exited.getMessage().contains("exited")) {
          throw exited; // not ready in time: another port would not help
        }
        failure = exited;
      }
    }
    throw failure;
  }

  private static void stopKeycloakLeftRunning(Path home, Path dataDirectory) {
    try {
      KeycloakServer.stopLeftRunning(home, dataDirectory);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static TestStack get() {
    TestStack stack = instance;
    if (stack == null) {
      synchronized (TestStack.class) {
        if (instance == null) {
          instance = new TestStack();
        }
        stack = instance;
      }
    }
    return stack;
  }

  /** A fresh, migrated database of its own. */
  public String newDatabase() {
    String name = "it_" + databases.incrementAndGet();
    setup.cloneDatabase(TEMPLATE, name);
    return postgres.jdbcUrl(name);
  }

  /** Spring properties pointing the platform at {@code databaseUrl} and the test Keycloak. */
  public Map<String, Object> platformProperties(String databaseUrl) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", databaseUrl);
    properties.put("spring.datasource.username", DatabaseSetup.APP_ROLE);
    properties.put("spring.datasource.password", appPassword);
    properties.put("spring.flyway.url", databaseUrl);
    properties.put("spring.flyway.user", DatabaseSetup.OWNER_ROLE);
    properties.put("spring.flyway.password", ownerPassword);
    properties.put("ipflow.keycloak.url", keycloak.url());
    properties.put("ipflow.signing.pki-directory", workDir.resolve("pki").toString());
    // Tests wait for asynchronous work; let the job executor look for it often.
    properties.put("operaton.bpm.job-execution.wait-time-in-millis", "100");
    properties.put("operaton.bpm.job-execution.max-wait", "500");
    return properties;
  }

  /** The same settings as environment variables, for a platform started as a separate process. */
  public Map<String, String> platformEnvironment(String databaseUrl) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("IPFLOW_DB_URL", databaseUrl);
    env.put("IPFLOW_DB_USERNAME", DatabaseSetup.APP_ROLE);
    env.put("IPFLOW_DB_PASSWORD", appPassword);
    env.put("IPFLOW_DB_OWNER_USERNAME", DatabaseSetup.OWNER_ROLE);
    env.put("IPFLOW_DB_OWNER_PASSWORD", ownerPassword);
    env.put("IPFLOW_KEYCLOAK_URL", keycloak.url());
    env.put("IPFLOW_PKI_DIR", workDir.resolve("pki").toString());
    return env;
  }

  public String keycloakUrl() {
    return keycloak.url();
  }

  /** The test Keycloak's administrator in its {@code master} realm, for its admin REST API. */
  public String keycloakAdminUser() {
    return keycloak.adminUser();
  }

  public String keycloakAdminPassword() {
    return keycloak.adminPassword();
  }

  public String appPassword() {
    return appPassword;
  }

  public String ownerPassword() {
    return ownerPassword;
  }

  public Path workDir() {
    return workDir;
  }

  /** The same migrations the platform runs, as the owner role. */
  private void migrate(String url) {
    Flyway.configure()
        .dataSource(url, DatabaseSetup.OWNER_ROLE, ownerPassword)
        .schemas("ipflow")
        .defaultSchema("ipflow")
        .placeholders(Map.of("app_role", DatabaseSetup.APP_ROLE))
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  private void stop() {
    try {
      keycloak.close();
    } finally {
      postgres.close();
    }
  }

  /**
   * A port that is free now, below the kernel's range of ephemeral ports (32768-60999 on Linux):
   * there, an outgoing connection or another process asking for "any free port" could take it
   * before the server it is meant for binds it.
   */
  public static int freePort() {
    for (int attempt = 0; attempt < 500; attempt++) {
      int port = FIRST_PORT + PORTS.nextInt(PORT_COUNT);
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new InetSocketAddress(port));
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IllegalStateException(
        "no free port between " + FIRST_PORT + " and " + (FIRST_PORT + PORT_COUNT - 1));
  }

  private static String keycloakVersionForIde() {
    return org.ipflow.platform.embedded.EmbeddedStack.keycloakVersion();
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
