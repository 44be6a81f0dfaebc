package org.ipflow.platform.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.ipflow.platform.IpflowApplication;
import org.ipflow.platform.embedded.EmbeddedStack;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The real platform, booted for a benchmark on the integration tests' stack. */
final class BenchmarkPlatform {

  private BenchmarkPlatform() {}

  /**
   * Boots the platform with {@code properties} first among its settings; {@code beans} may add
   * beans before the context refreshes. Logging stays quiet: the figures are the output.
   */
  static ConfigurableApplicationContext start(
      Map<String, Object> properties, Consumer<GenericApplicationContext> beans) {
    SpringApplication application = new SpringApplication(IpflowApplication.class);
    application.addInitializers(
        context -> {
          context
              .getEnvironment()
              .getPropertySources()
              .addFirst(new MapPropertySource("ipflow-benchmark", properties));
          beans.accept((GenericApplicationContext) context);
        });
    // Logging is set up before initializers run: quiet it from the command line.
    return application.run(
        "--spring.main.banner-mode=off",
        "--logging.level.root=WARN",
        "--logging.level.eu.europa.esig=ERROR");
  }

  /**
   * Waits until {@code countSql} counts nothing: the office's jobs of a table done, say; fails
   * after {@code timeout}.
   */
  static void awaitNone(JdbcClient jdbc, String countSql, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (jdbc.sql(countSql).query(Long.class).single() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("still not done after " + timeout + ": " + countSql);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  /**
   * Runs {@code benchmark} as the program (exec:java from the repository root) and exits with its
   * status, which also stops the test stack (a shutdown hook) and the exec:java caller.
   */
  static void runAsProgram(Runnable benchmark) {
    defaultTestStackLocations();
    int status = 0;
    try {
      benchmark.run();
    } catch (RuntimeException e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  /** Run from the repository root (exec:java): the test stack's places as the build gives them. */
  private static void defaultTestStackLocations() {
    Path root = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(root.resolve("platform"))) {
      root = root.getParent();
    }
    if (System.getProperty("ipflow.test.keycloak-home") == null) {
      System.setProperty(
          "ipflow.test.keycloak-home",
          root.resolve(".run/keycloak-" + EmbeddedStack.keycloakVersion()).toString());
    }
    if (System.getProperty("ipflow.test.work-dir") == null) {
      System.setProperty(
          "ipflow.test.work-dir", root.resolve("platform/target/benchmark").toString());
    }
  }
}
