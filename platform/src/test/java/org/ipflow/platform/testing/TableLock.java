package org.ipflow.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ipflow.platform.embedded.DatabaseSetup;

/**
 * An {@code EXCLUSIVE} lock on a table of the platform's database, held by the owner role until
 * closed: whatever writes the table waits meanwhile, reads go on. Tests use it to hold the platform
 * at a point (a job that cannot store its result, a request that cannot commit) and let it go.
 */
public final class TableLock implements AutoCloseable {

  private final Connection owner;

  private TableLock(Connection owner) {
    this.owner = owner;
  }

  /**
   * @param table the table, e.g. {@code ipflow.document}
   */
  public static TableLock exclusive(String databaseUrl, String table) throws SQLException {
    Connection owner =
        DriverManager.getConnection(
            databaseUrl, DatabaseSetup.OWNER_ROLE, TestStack.get().ownerPassword());
    try (Statement statement = owner.createStatement()) {
      owner.setAutoCommit(false);
      statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
      return new TableLock(owner);
    } catch (SQLException e) {
      owner.close();
      throw e;
    }
  }

  /** A count read in the lock's own session (it answers while the platform cannot). */
  public long count(String sql) throws SQLException {
    try (Statement statement = owner.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Lets the lock go: what waited for it goes on. */
  @Override
  public void close() throws SQLException {
    try {
      owner.rollback();
    } finally {
      owner.close();
    }
  }
}
