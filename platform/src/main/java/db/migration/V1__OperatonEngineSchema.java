package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the engine's tables from the scripts shipped inside the Operaton engine jar, run by
 * Flyway as the owner role: the platform's own role may then use the tables but never alter the
 * schema (the engine runs with schema updates switched off). An engine upgrade adds a migration
 * running the engine's upgrade scripts.
 */
public class V1__OperatonEngineSchema extends BaseJavaMigration {

  private static final String[] SCRIPTS = {
    "engine",
    "history",
    "identity",
    "case.engine",
    "case.history",
    "decision.engine",
    "decision.history"
  };

  @Override
  public void migrate(Context context) throws Exception {
    String appRole = context.getConfiguration().getPlaceholders().get("app_role");
    try (Statement statement = context.getConnection().createStatement()) {
      for (String script : SCRIPTS) {
        statement.execute(
            read("org/operaton/bpm/engine/db/create/activiti.postgres.create." + script + ".sql"));
      }
      statement.execute("GRANT USAGE ON SCHEMA ipflow TO " + appRole);
      statement.execute(
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ipflow TO " + appRole);
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in =
        V1__OperatonEngineSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the engine jar has no " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
