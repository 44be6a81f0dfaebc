package org.ipflow.platform.opposition;

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

/** Oppositions in PostgreSQL. */
@Repository
class OppositionRepository {

  private final JdbcClient jdbc;

  OppositionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Opposition o) {
    jdbc.sql(
            """
            INSERT INTO opposition (id, filing_id, opponent_subject, opponent_name, opponent_country,
                earlier_right, grounds, filed_at, paid_amount, currency, payment_reference, status)
            VALUES (:id, :filingId, :subject, :name, :country, :earlier, :grounds, :filedAt, :paid,
                :currency, :reference, :status)
            """)
        .param("id", o.id())
        .param("filingId", o.filingId())
        .param("subject", o.opponentSubject())
        .param("name", o.opponentName())
        .param("country", o.opponentCountry())
        .param("earlier", o.earlierRight())
        .param("grounds", o.grounds())
        .param("filedAt", OffsetDateTime.ofInstant(o.filedAt(), ZoneOffset.UTC))
        .param("paid", o.paidAmount())
        .param("currency", o.currency())
        .param("reference", o.paymentReference())
        .param("status", o.status())
        .update();
  }

  void updateStatus(UUID id, String status) {
    jdbc.sql("UPDATE opposition SET status = :status WHERE id = :id")
        .param("status", status)
        .param("id", id)
        .update();
  }

  void decide(UUID id, String decision, Instant at) {
    jdbc.sql(
            "UPDATE opposition SET status = 'DECIDED', decision = :decision, decided_at = :at"
                + " WHERE id = :id")
        .param("decision", decision)
        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .param("id", id)
        .update();
  }

  Optional<Opposition> find(UUID id) {
    return jdbc.sql("SELECT * FROM opposition WHERE id = :id")
        .param("id", id)
        .query(OppositionRepository::map)
        .optional();
  }

  List<Opposition> forFiling(UUID filingId) {
    return jdbc.sql("SELECT * FROM opposition WHERE filing_id = :f ORDER BY filed_at, id")
        .param("f", filingId)
        .query(OppositionRepository::map)
        .list();
  }

  private static Opposition map(ResultSet row, int n) throws SQLException {
    OffsetDateTime decided = row.getObject("decided_at", OffsetDateTime.class);
    return new Opposition(
        row.getObject("id", UUID.class),
        row.getObject("filing_id", UUID.class),
        row.getString("opponent_subject"),
        row.getString("opponent_name"),
        row.getString("opponent_country"),
        row.getString("earlier_right"),
        row.getString("grounds"),
        row.getObject("filed_at", OffsetDateTime.class).toInstant(),
        row.getBigDecimal("paid_amount"),
        row.getString("currency"),
        row.getString("payment_reference"),
        row.getString("status"),
        row.getString("decision"),
        decided == null ? null : decided.toInstant());
  }
}
