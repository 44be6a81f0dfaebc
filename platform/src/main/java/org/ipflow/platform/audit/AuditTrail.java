package org.ipflow.platform.audit;

import jakarta.servlet.Filter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.ipflow.platform.security.RequestAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

/** Writes and reads the audit trail. */
@Service
public class AuditTrail implements RequestAudit {

  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
  private static final String COLUMNS =
      "id, occurred_at, actor, actor_subject, roles, channel, method, path, action, resource_type,"
          + " resource_id, filing_id, status, outcome, remote_address, user_agent";

  private final JdbcTemplate jdbc;
  private final AuditFilter filter;

  AuditTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.filter = new AuditFilter(this);
  }

  @Override
  public Filter requestFilter() {
    return filter;
  }

  /**
   * Records one request. Autocommitted on its own, after the request's own transaction ended, so
   * that a request that failed or was rolled back is recorded as well.
   */
  void record(AuditEvent event) {
    jdbc.update(
        "INSERT INTO audit_event (occurred_at, actor, actor_subject, roles, channel, method, path,"
            + " action, resource_type, resource_id, filing_id, status, outcome, remote_address,"
            + " user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(event.occurredAt()),
        event.actor(),
        event.actorSubject(),
        event.roles(),
        event.channel(),
        event.method(),
        event.path(),
        event.action(),
        event.resourceType(),
        event.resourceId(),
        event.filingId(),
        event.status(),
        event.outcome(),
        event.remoteAddress(),
        event.userAgent());
    log.debug("audit {} {} {} -> {}", event.actor(), event.method(), event.path(), event.status());
  }

  /** A page of rows, oldest first. */
  public List<AuditEvent> find(AuditQuery query) {
    List<AuditEvent> rows = new ArrayList<>();
    stream(query, rows::add);
    return rows;
  }

  /** Every matching row, oldest first, without holding them all in memory (for exports). */
  public void stream(AuditQuery query, Consumer<AuditEvent> sink) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE id > ?");
    args.add(query.afterId());
    if (query.filingId() != null) {
      sql.append(" AND filing_id = ?");
      args.add(query.filingId());
    }
    if (query.actor() != null) {
      sql.append(" AND actor = ?");
      args.add(query.actor());
    }
    if (query.outcome() != null) {
      sql.append(" AND outcome = ?");
      args.add(query.outcome());
    }
    if (query.from() != null) {
      sql.append(" AND occurred_at >= ?");
      args.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND occurred_at < ?");
      args.add(Timestamp.from(query.to()));
    }
    sql.append(" ORDER BY id LIMIT ?");
    args.add(query.limit());
    RowCallbackHandler each = row -> sink.accept(map(row));
    jdbc.query(sql.toString(), each, args.toArray());
  }

  private static AuditEvent map(ResultSet row) throws SQLException {
    Timestamp at = row.getTimestamp("occurred_at");
    String filing = row.getString("filing_id");
    return new AuditEvent(
        row.getLong("id"),
        at.toInstant(),
        row.getString("actor"),
        row.getString("actor_subject"),
        row.getString("roles"),
        row.getString("channel"),
        row.getString("method"),
        row.getString("path"),
        row.getString("action"),
        row.getString("resource_type"),
        row.getString("resource_id"),
        filing == null ? null : UUID.fromString(filing),
        row.getInt("status"),
        row.getString("outcome"),
        row.getString("remote_address"),
        row.getString("user_agent"));
  }

  static Instant now() {
    // Wall-clock time, not the engine's clock: tests move the engine's clock, audit time is real.
    return Instant.now();
  }
}
