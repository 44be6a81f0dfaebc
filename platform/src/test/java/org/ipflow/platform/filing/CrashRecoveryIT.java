package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.TableLock;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A filing acknowledged with HTTP 201 survives {@code kill -9} of the platform: after a restart the
 * filing, its documents and its procedure are all there (the procedure started by the sweep if the
 * platform died before starting it), and the procedure goes on to the end.
 */
class CrashRecoveryIT {

  private final TestStack stack = TestStack.get();
  private final String database = stack.newDatabase();
  private final int port = TestStack.freePort();
  private final Api api = new Api(port);
  private Process platform;

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.destroyForcibly();
    }
  }

  @Test
  void acknowledgedFilingSurvivesKillNineAndItsProcessContinues() throws Exception {
    platform = start("first");
    Api.Response filed;
    // The engine can create no process instance meanwhile: the platform dies while the start of
    // the procedure is still owed, as it would right after a 201 in a burst of filings (ADR 15).
    try (TableLock engineLocked = TableLock.exclusive(database, "ipflow.act_ru_execution")) {
      filed =
          api.postJson(
              "/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("SURVIVOR"));
      assertThat(filed.status()).as(filed.toString()).isEqualTo(201);

      platform.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close
      assertThat(platform.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(platform.exitValue()).as("killed by SIGKILL").isEqualTo(137);
      assertThat(
              engineLocked.count(
                  "SELECT count(*) FROM ipflow.procedure_start_job WHERE done_at IS NULL"
                      + " AND filing_id = '"
                      + UUID.fromString(filed.json().path("id").asString())
                      + "'"))
          .as("the procedure's start, owed at the kill")
          .isEqualTo(1);
    }

    platform = start("restarted");
    String id = filed.json().path("id").asString();
    // The receipt is sealed right after the 201; owed when the platform died, it is issued on
    // start.
    api.awaitReceipt(id, Tokens.of("alice"));
    Api.Response again = api.get("/api/v1/filings/" + id, Tokens.of("alice"));
    assertThat(again.status()).isEqualTo(200);
    JsonNode filing = again.json();
    assertThat(filing.path("applicationNumber").asString())
        .isEqualTo(filed.json().path("applicationNumber").asString());
    List<String> kinds = new ArrayList<>();
    filing.path("documents").forEach(d -> kinds.add(d.path("kind").asString()));
    assertThat(kinds).containsExactlyInAnyOrder("MARK_REPRESENTATION", "FILING_RECEIPT");
    JsonNode representation = null;
    for (JsonNode document : filing.path("documents")) {
      if (document.path("kind").asString().equals("MARK_REPRESENTATION")) {
        representation = document;
      }
    }
    Api.Response image = api.get(representation.path("href").asString(), Tokens.of("alice"));
    assertThat(image.bytes()).isEqualTo(Filings.PNG);

    String taskId = awaitTask(id);
    assertThat(
            api.postJson(
                    "/api/v1/tasks/" + taskId + "/decision",
                    Tokens.of("erin"),
                    "{\"outcome\":\"ACCEPT\"}")
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                api.get("/api/v1/filings/" + id, Tokens.of("alice"))
                    .json()
                    .path("status")
                    .asString()
                    .equals("REGISTERED"));
  }

  private String awaitTask(String filingId) {
    List<String> found = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              for (JsonNode task : api.get("/api/v1/tasks", Tokens.of("erin")).json()) {
                if (task.path("filingId").asString().equals(filingId)) {
                  found.add(task.path("id").asString());
                  return true;
                }
              }
              return false;
            });
    return found.get(0);
  }

  /** Starts the packaged platform as its own JVM, on the build's PostgreSQL and Keycloak. */
  private Process start(String name) throws IOException {
    Path jar =
        Path.of(System.getProperty("ipflow.test.platform-jar", "target/ipflow-platform.jar"));
    assertThat(jar).as("the packaged platform").exists();
    Path log = stack.workDir().resolve("crash-" + name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.putAll(stack.platformEnvironment(database));
    env.put("SERVER_PORT", Integer.toString(port));
    // The mark must reach an examiner, whose decision after the restart proves the process goes on.
    env.put("IPFLOW_AUTOMATED_ACCEPTANCE", "false");
    // A job locked by the killed JVM is taken over after this time instead of the default 5
    // minutes.
    env.put("IPFLOW_JOB_LOCK_TIME_MILLIS", "10000");
    env.put("IPFLOW_JOB_WAIT_TIME_MILLIS", "200");
    env.put("IPFLOW_OPPOSITION_PERIOD", "PT5S");
    // The killed JVM's database session may still hold the owed start's row when the restarted
    // platform first looks; the next sweep then starts the procedure.
    env.put("IPFLOW_INTAKE_SWEEP", "PT2S");
    Process process = builder.start();
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .failFast("the platform exited; see " + log, () -> !process.isAlive())
        .until(() -> healthy());
    return process;
  }

  private boolean healthy() {
    try {
      return api.get("/actuator/health", null).status() == 200;
    } catch (IllegalStateException notUp) {
      return false;
    }
  }
}
