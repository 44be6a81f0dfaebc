package org.ipflow.platform.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the two roles the platform needs on a PostgreSQL server it administers (the embedded
 * default and the tests): an owner that Flyway migrates as, and the role the platform connects as,
 * which is neither owner nor superuser and gets only the privileges the migrations grant it.
 */
public final class DatabaseSetup {

  public static final String OWNER_ROLE = "ipflow_owner";
  public static final String APP_ROLE = "ipflow_app";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_]+");

  private final String superuserUrl;
  private final String superuser;

  /**
   * @param superuserUrl JDBC URL of a maintenance database ({@code postgres}) on the server
   * @param superuser a role that may create roles and databases
   */
  public DatabaseSetup(String superuserUrl, String superuser) {
    this.superuserUrl = superuserUrl;
    this.superuser = superuser;
  }

  /** Creates both roles if missing and (re)sets their passwords. */
  public void ensureRoles(String ownerPassword, String appPassword) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      ensureRole(statement, OWNER_ROLE, ownerPassword, "NOSUPERUSER NOCREATEROLE NOCREATEDB");
      ensureRole(statement, APP_ROLE, appPassword, "NOSUPERUSER NOCREATEROLE NOCREATEDB");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database roles", e);
    }
  }

  /**
   * Creates {@code database} owned by the owner role unless it exists; only the app role may
   * connect.
   */
  public void ensureDatabase(String database) {
    requireSafe(database);
    try (Connection connection = connect()) {
      if (!databaseExists(connection, database)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("CREATE DATABASE " + database + " OWNER " + OWNER_ROLE);
          restrictConnect(statement, database);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database, e);
    }
  }

  /**
   * Creates {@code database} as a copy of {@code template} (which must have no open connection).
   */
  public void cloneDatabase(String template, String database) {
    requireSafe(template);
    requireSafe(database);
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE " + database + " TEMPLATE " + template + " OWNER " + OWNER_ROLE);
      restrictConnect(statement, database);
    } catch (SQLException e) {
      throw new IllegalStateException("could not clone " + template + " into " + database, e);
    }
  }

  private static void restrictConnect(Statement statement, String database) throws SQLException {
    statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
    statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + APP_ROLE);
  }

  private static void ensureRole(Statement statement, String role, String password, String options)
      throws SQLException {
    requireSafe(password);
    statement.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
            + role
            + "') THEN CREATE ROLE "
            + role
            + " LOGIN; END IF; END $$");
    statement.execute("ALTER ROLE " + role + " " + options + " PASSWORD '" + password + "'");
  }

  private static boolean databaseExists(Connection connection, String database)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(superuserUrl, superuser, "");
  }

  private static void requireSafe(String value) {
    if (value == null || !SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException("only letters, digits and underscores are allowed here");
    }
  }
}
