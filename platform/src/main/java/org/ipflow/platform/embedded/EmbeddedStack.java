package org.ipflow.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: whatever the environment does not point to elsewhere is started here,
 * before the application context — PostgreSQL from the embedded binaries and Keycloak from its
 * distribution — and stopped after the context has closed.
 *
 * <p>Environment: {@code IPFLOW_DB_URL} (with {@code IPFLOW_DB_USERNAME}, {@code
 * IPFLOW_DB_PASSWORD}, {@code IPFLOW_DB_OWNER_USERNAME}, {@code IPFLOW_DB_OWNER_PASSWORD}) selects
 * an external PostgreSQL; {@code IPFLOW_KEYCLOAK_URL} an external Keycloak. Otherwise the ports
 * come from {@code IPFLOW_POSTGRES_PORT}, {@code IPFLOW_KEYCLOAK_PORT} and {@code
 * IPFLOW_KEYCLOAK_MANAGEMENT_PORT}, and all state lives under {@code IPFLOW_RUN_DIR} (default
 * {@code .run}).
 */
public final class EmbeddedStack implements AutoCloseable {

  public static final String DATABASE = "ipflow";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);
  private static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofMinutes(5);

  private final Map<String, Object> properties = new LinkedHashMap<>();
  private EmbeddedPostgresServer postgres;
  private KeycloakServer keycloak;

  private EmbeddedStack() {}

  /** Starts what the environment does not provide. */
  public static EmbeddedStack start(Function<String, String> env) {
    EmbeddedStack stack = new EmbeddedStack();
    try {
      Path runDir =
          Path.of(env.apply("IPFLOW_RUN_DIR") == null ? ".run" : env.apply("IPFLOW_RUN_DIR"));
      DevelopmentSecrets secrets = DevelopmentSecrets.in(runDir.resolve("secrets.properties"));
      if (isBlank(env.apply("IPFLOW_DB_URL"))) {
        stack.startPostgres(runDir, port(env, "IPFLOW_POSTGRES_PORT", 15432), secrets);
      }
      if (isBlank(env.apply("IPFLOW_KEYCLOAK_URL"))) {
        String home = env.apply("IPFLOW_KEYCLOAK_HOME");
        stack.startKeycloak(
            home == null ? runDir.resolve("keycloak-" + keycloakVersion()) : Path.of(home),
            runDir.resolve("keycloak"),
            port(env, "IPFLOW_KEYCLOAK_PORT", 8180),
            port(env, "IPFLOW_KEYCLOAK_MANAGEMENT_PORT", 9180),
            secrets);
      }
      return stack;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  /** Spring properties pointing the platform at what was started here. */
  public Map<String, Object> properties() {
    return properties;
  }

  public boolean startedAnything() {
    return postgres != null || keycloak != null;
  }

  private void startPostgres(Path runDir, int port, DevelopmentSecrets secrets) {
    postgres = EmbeddedPostgresServer.start(runDir.resolve("postgres"), port);
    DatabaseSetup setup = new DatabaseSetup(postgres.jdbcUrl("postgres"), "postgres");
    String ownerPassword = secrets.get("db.owner.password");
    String appPassword = secrets.get("db.app.password");
    setup.ensureRoles(ownerPassword, appPassword);
    setup.ensureDatabase(DATABASE);
    String url = postgres.jdbcUrl(DATABASE);
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", DatabaseSetup.APP_ROLE);
    properties.put("spring.datasource.password", appPassword);
    properties.put("spring.flyway.url", url);
    properties.put("spring.flyway.user", DatabaseSetup.OWNER_ROLE);
    properties.put("spring.flyway.password", ownerPassword);
  }

  private void startKeycloak(
      Path home, Path data, int httpPort, int managementPort, DevelopmentSecrets secrets) {
    keycloak =
        new KeycloakServer(
                home,
                data,
                httpPort,
                managementPort,
                "admin",
                secrets.get("keycloak.admin.password"))
            .start(KEYCLOAK_START_TIMEOUT);
    new KeycloakRealmImport().ensureRealm(keycloak, data.resolve("realm.sha256"));
    properties.put("ipflow.keycloak.url", keycloak.url());
  }

  @Override
  public void close() {
    if (keycloak != null) {
      try {
        keycloak.close();
      } catch (RuntimeException e) {
        log.warn("Keycloak did not stop cleanly", e);
      }
      keycloak = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (RuntimeException e) {
        log.warn("PostgreSQL did not stop cleanly", e);
      }
      postgres = null;
    }
  }

  /** The Keycloak version this build unpacked (from the filtered build properties). */
  public static String keycloakVersion() {
    try (InputStream in =
        EmbeddedStack.class
            .getClassLoader()
            .getResourceAsStream("META-INF/ipflow-build.properties")) {
      Properties build = new Properties();
      build.load(in);
      return build.getProperty("keycloak.version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("META-INF/ipflow-build.properties is missing", e);
    }
  }

  private static int port(Function<String, String> env, String name, int fallback) {
    String value = env.apply(name);
    if (isBlank(value)) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'", e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
