package org.ipflow.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

/**
 * The platform connects as a role that is neither owner nor superuser: the decision ledger and the
 * filing events are insert-only for it, and it cannot change the schema.
 */
@PlatformTest
class DatabaseRolesIT {

  @Value("${spring.datasource.url}")
  String url;

  @Value("${spring.datasource.username}")
  String appRole;

  @Test
  void platformRoleIsNeitherSuperuserNorOwner() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getBoolean("rolsuper")).isFalse();
      assertThat(row.getBoolean("rolcreaterole")).isFalse();
      assertThat(row.getBoolean("rolcreatedb")).isFalse();
    }
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet owned =
            statement.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'ipflow' AND tableowner = current_user")) {
      owned.next();
      assertThat(owned.getLong(1)).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "UPDATE decision_ledger SET outcome = 'FORGED'",
        "DELETE FROM decision_ledger",
        "TRUNCATE decision_ledger",
        "UPDATE filing_event SET summary = 'forged'",
        "DELETE FROM filing_event",
        "TRUNCATE filing_event",
        "UPDATE audit_event SET outcome = 'SUCCEEDED'",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event",
        "UPDATE document SET content = 'x'",
        "DELETE FROM document",
        "CREATE TABLE intruder (id int)",
        "ALTER TABLE filing ADD COLUMN intruder int",
        "DROP TABLE decision_ledger"
      })
  void platformRoleCannotRewriteHistoryOrTheSchema(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute(sql))
          .isInstanceOf(SQLException.class)
          .satisfies(
              e ->
                  assertThat(((SQLException) e).getSQLState())
                      .as("insufficient privilege or not owner")
                      .isIn("42501"));
    }
  }

  @Test
  void platformRoleCanAppendToTheLedger() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      ResultSet rights =
          statement.executeQuery(
              "SELECT has_table_privilege('decision_ledger', 'INSERT'),"
                  + " has_table_privilege('decision_ledger', 'SELECT')");
      rights.next();
      assertThat(rights.getBoolean(1)).isTrue();
      assertThat(rights.getBoolean(2)).isTrue();
    }
  }

  private Connection connect() throws SQLException {
    Connection connection =
        DriverManager.getConnection(url, appRole, TestStack.get().appPassword());
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET search_path = ipflow");
    }
    return connection;
  }
}
