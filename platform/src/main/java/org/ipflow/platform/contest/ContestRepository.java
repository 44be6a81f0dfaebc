package org.ipflow.platform.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContestRepository {

  private final JdbcClient jdbc;

  ContestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Contest contest) {
    jdbc.sql(
            """
            INSERT INTO contest (id, filing_id, decision_id, grounds, contested_by, contested_at,
                status)
            VALUES (:id, :filingId, :decisionId, :grounds, :contestedBy, :contestedAt, :status)
            """)
        .param("id", contest.id())
        .param("filingId", contest.filingId())
        .param("decisionId", contest.decisionId())
        .param("grounds", contest.grounds())
        .param("contestedBy", contest.contestedBy())
        .param("contestedAt", utc(contest.contestedAt()))
        .param("status", contest.status())
        .update();
  }

  Optional<Contest> find(UUID id) {
    return jdbc.sql("SELECT * FROM contest WHERE id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  Optional<Contest> underReview(UUID decisionId) {
    return jdbc.sql("SELECT * FROM contest WHERE decision_id = :d AND status = 'UNDER_REVIEW'")
        .param("d", decisionId)
        .query(this::map)
        .optional();
  }

  List<Contest> forFiling(UUID filingId) {
    return jdbc.sql("SELECT * FROM contest WHERE filing_id = :f ORDER BY contested_at, id")
        .param("f", filingId)
        .query(this::map)
        .list();
  }

  /** Closes the review; returns false when it was already closed (a redelivered task). */
  boolean close(UUID id, String status, String correctedOutcome, String reviewedBy, Instant at) {
    return jdbc.sql(
                """
                UPDATE contest SET status = :status, corrected_outcome = :corrected,
                    reviewed_by = :reviewedBy, reviewed_at = :at, time_limits_resumed_at = :at
                WHERE id = :id AND status = 'UNDER_REVIEW'
                """)
            .param("status", status)
            .param("corrected", correctedOutcome)
            .param("reviewedBy", reviewedBy)
            .param("at", utc(at))
            .param("id", id)
            .update()
        == 1;
  }

  private Contest map(ResultSet row, int n) throws SQLException {
    return new Contest(
        row.getObject("id", UUID.class),
        row.getObject("filing_id", UUID.class),
        row.getObject("decision_id", UUID.class),
        row.getString("grounds"),
        row.getString("contested_by"),
        instant(row, "contested_at"),
        row.getString("status"),
        row.getString("corrected_outcome"),
        row.getString("reviewed_by"),
        instant(row, "reviewed_at"),
        instant(row, "time_limits_resumed_at"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
