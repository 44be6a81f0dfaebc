package org.ipflow.platform.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checkouts the platform started with providers. */
@Repository
class PaymentCheckouts {

  private final JdbcClient jdbc;

  PaymentCheckouts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Checkout checkout) {
    jdbc.sql(
            """
            INSERT INTO payment_checkout (id, filing_id, payer, amount, currency, description,
                                          provider, return_url, created_at)
            VALUES (:id, :subject, :payer, :amount, :currency, :description, :provider,
                    :returnPath, :createdAt)
            """)
        .param("id", checkout.id())
        .param("subject", checkout.subject())
        .param("payer", checkout.payer())
        .param("amount", checkout.amount())
        .param("currency", checkout.currency())
        .param("description", checkout.description())
        .param("provider", checkout.provider())
        .param("returnPath", checkout.returnPath())
        .param("createdAt", checkout.createdAt().atOffset(ZoneOffset.UTC))
        .update();
  }

  Optional<Checkout> find(UUID id) {
    return jdbc.sql("SELECT * FROM payment_checkout WHERE id = :id")
        .param("id", id)
        .query(PaymentCheckouts::checkout)
        .optional();
  }

  /** The checkout, its row locked until the transaction ends: one callback completes it. */
  Optional<Checkout> lock(UUID id) {
    return jdbc.sql("SELECT * FROM payment_checkout WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(PaymentCheckouts::checkout)
        .optional();
  }

  void complete(UUID id, String reference, Instant at) {
    jdbc.sql(
            """
            UPDATE payment_checkout SET completed_at = :at, provider_reference = :reference
            WHERE id = :id AND completed_at IS NULL
            """)
        .param("id", id)
        .param("reference", reference)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  private static Checkout checkout(ResultSet rs, int row) throws SQLException {
    OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
    return new Checkout(
        rs.getObject("id", UUID.class),
        rs.getObject("filing_id", UUID.class),
        rs.getString("payer"),
        rs.getBigDecimal("amount"),
        rs.getString("currency").strip(),
        rs.getString("description"),
        rs.getString("provider"),
        rs.getString("return_url"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        completed == null ? null : completed.toInstant());
  }
}
