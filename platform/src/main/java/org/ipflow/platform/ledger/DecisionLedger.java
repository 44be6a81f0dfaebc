package org.ipflow.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the decision ledger, in the caller's (the engine's) transaction. */
@Service
public class DecisionLedger {

  // Keys sorted so that the same inputs always hash the same, whatever map they came in.
  private final JsonMapper json =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
  // Resolved once: Jackson resolves a TypeReference's generic type again on every read.
  private final JavaType reasonsType =
      json.getTypeFactory().constructType(new TypeReference<List<Reason>>() {});
  private final JavaType mapType =
      json.getTypeFactory().constructType(new TypeReference<Map<String, Object>>() {});
  private final JdbcClient jdbc;

  DecisionLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records {@code decision} for the step, unless that step already has a row of this decision
   * type: then the existing row is returned and nothing is written (a redelivered task decides
   * nothing twice).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerEntry record(
      UUID filingId, Decision decision, Actor actor, EngineStep step, Instant decidedAt) {
    return record(filingId, decision, actor, step, decidedAt, null, false);
  }

  /**
   * Records an automated decision; {@code awaitsConfirmation} when it takes effect only once an
   * officer confirms it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerEntry record(
      UUID filingId,
      Decision decision,
      Actor actor,
      EngineStep step,
      Instant decidedAt,
      boolean awaitsConfirmation) {
    return record(filingId, decision, actor, step, decidedAt, null, awaitsConfirmation);
  }

  /** Records the review of the contested decision {@code reviewed}, pointing to its row. */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerEntry recordReview(
      UUID filingId,
      Decision decision,
      Actor actor,
      EngineStep step,
      Instant decidedAt,
      LedgerEntry reviewed) {
    return record(filingId, decision, actor, step, decidedAt, reviewed.id(), false);
  }

  private LedgerEntry record(
      UUID filingId,
      Decision decision,
      Actor actor,
      EngineStep step,
      Instant decidedAt,
      UUID reviewsDecisionId,
      boolean awaitsConfirmation) {
    String inputs = json.writeValueAsString(decision.inputs());
    String outputs = json.writeValueAsString(decision.outputs());
    String hash = sha256(inputs);
    UUID id = UUID.randomUUID();
    // One round trip: the new row's time as stored comes back; a conflict (the step's row exists)
    // returns nothing, and the existing row is read.
    Optional<Instant> inserted =
        jdbc.sql(
                """
                INSERT INTO decision_ledger (id, filing_id, decision_type, decision_version, outcome,
                    reasons, input_snapshot, input_hash, outputs, legal_basis, actor, actor_kind,
                    process_instance_id, activity_id, activity_instance_id, decided_at,
                    reviews_decision_id, awaits_confirmation)
                VALUES (:id, :filingId, :type, :version, :outcome, CAST(:reasons AS jsonb),
                    CAST(:inputs AS jsonb), :hash, CAST(:outputs AS jsonb), :legalBasis, :actor,
                    :actorKind, :processInstanceId, :activityId, :activityInstanceId, :decidedAt,
                    :reviews, :awaits)
                ON CONFLICT ON CONSTRAINT decision_ledger_once_per_activity DO NOTHING
                RETURNING decided_at
                """)
            .param("id", id)
            .param("filingId", filingId)
            .param("type", decision.type())
            .param("version", decision.version())
            .param("outcome", decision.outcome())
            .param("reasons", json.writeValueAsString(decision.reasons()))
            .param("inputs", inputs)
            .param("hash", hash)
            .param("outputs", outputs)
            .param("legalBasis", decision.legalBasis())
            .param("actor", actor.id())
            .param("actorKind", actor.kind().name())
            .param("processInstanceId", step.processInstanceId())
            .param("activityId", step.activityId())
            .param("activityInstanceId", step.activityInstanceId())
            .param("decidedAt", OffsetDateTime.ofInstant(decidedAt, ZoneOffset.UTC))
            .param("reviews", reviewsDecisionId)
            .param("awaits", awaitsConfirmation)
            .query((row, n) -> row.getObject("decided_at", OffsetDateTime.class).toInstant())
            .optional();
    if (inserted.isPresent()) {
      // The row as stored, without reading back what was just written: reasons are records
      // already; the snapshots are read from their JSON, so that they hold the JSON types a
      // later read of the row gives (what a redelivered step applies); the inputs only when
      // looked at.
      return new LedgerEntry(
          id,
          filingId,
          decision.type(),
          decision.version(),
          decision.outcome(),
          List.copyOf(decision.reasons()),
          new JsonObjectOnDemand(inputs, text -> json.readValue(text, mapType)),
          hash,
          json.readValue(outputs, mapType),
          decision.legalBasis(),
          actor,
          step,
          inserted.get(),
          reviewsDecisionId,
          awaitsConfirmation);
    }
    return find(step.activityInstanceId(), decision.type())
        .orElseThrow(
            () -> new IllegalStateException("ledger row for " + step + " vanished (conflict)"));
  }

  public Optional<LedgerEntry> find(String activityInstanceId, String decisionType) {
    return jdbc.sql(
            "SELECT * FROM decision_ledger WHERE activity_instance_id = :a AND decision_type = :t")
        .param("a", activityInstanceId)
        .param("t", decisionType)
        .query(this::map)
        .optional();
  }

  public Optional<LedgerEntry> get(UUID id) {
    return jdbc.sql("SELECT * FROM decision_ledger WHERE id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /**
   * Automated decisions that await an officer's confirmation: no row of {@code confirmationType}
   * points to them yet.
   */
  public List<LedgerEntry> awaitingConfirmation(String confirmationType) {
    return jdbc.sql(
            """
            SELECT * FROM decision_ledger d
            WHERE d.awaits_confirmation
              AND NOT EXISTS (SELECT 1 FROM decision_ledger c
                              WHERE c.reviews_decision_id = d.id AND c.decision_type = :type)
            ORDER BY d.decided_at, d.id
            """)
        .param("type", confirmationType)
        .query(this::map)
        .list();
  }

  /**
   * The filing's decisions of the given types only, in the order of {@link #forFiling}: what a step
   * needs of the ledger, without reading (and mapping) all of it.
   */
  public List<LedgerEntry> forFiling(UUID filingId, Collection<String> decisionTypes) {
    if (decisionTypes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM decision_ledger WHERE filing_id = :f AND decision_type IN (:types)"
                + " ORDER BY decided_at, id")
        .param("f", filingId)
        .param("types", decisionTypes)
        .query(this::map)
        .list();
  }

  public List<LedgerEntry> forFiling(UUID filingId) {
    return jdbc.sql("SELECT * FROM decision_ledger WHERE filing_id = :f ORDER BY decided_at, id")
        .param("f", filingId)
        .query(this::map)
        .list();
  }

  /** The hash the ledger stores for an input snapshot: SHA-256 of its canonical JSON. */
  public String hashOf(Map<String, Object> inputs) {
    return sha256(json.writeValueAsString(inputs));
  }

  private LedgerEntry map(ResultSet row, int rowNum) throws SQLException {
    return new LedgerEntry(
        row.getObject("id", UUID.class),
        row.getObject("filing_id", UUID.class),
        row.getString("decision_type"),
        row.getString("decision_version"),
        row.getString("outcome"),
        json.readValue(row.getString("reasons"), reasonsType),
        json.readValue(row.getString("input_snapshot"), mapType),
        row.getString("input_hash"),
        json.readValue(row.getString("outputs"), mapType),
        row.getString("legal_basis"),
        new Actor(row.getString("actor"), Actor.Kind.valueOf(row.getString("actor_kind"))),
        new EngineStep(
            row.getString("process_instance_id"),
            row.getString("activity_id"),
            row.getString("activity_instance_id")),
        row.getObject("decided_at", OffsetDateTime.class).toInstant(),
        row.getObject("reviews_decision_id", UUID.class),
        row.getBoolean("awaits_confirmation"));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
