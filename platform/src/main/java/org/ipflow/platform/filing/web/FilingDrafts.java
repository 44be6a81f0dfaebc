package org.ipflow.platform.filing.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applications in progress in the portal's wizard, kept on the server so that a reload, another
 * device or a new login continues where the applicant left off. An account may have several; the
 * wizard shows its current one. Changes to one account's drafts are serialised (a transaction-level
 * advisory lock on the account), so two tabs never leave it with two current drafts.
 */
@Repository
class FilingDrafts {

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  FilingDrafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An application in progress as "My filings" lists it. */
  record Held(WizardDraft draft, boolean current, Instant updatedAt) {}

  /** The account's current draft, the one the wizard shows. */
  Optional<WizardDraft> find(String owner) {
    return jdbc.sql("SELECT content FROM filing_draft WHERE owner = :owner AND current")
        .param("owner", owner)
        .query((rs, n) -> json.readValue(rs.getString("content"), WizardDraft.class))
        .optional();
  }

  /** The account's drafts, the most recently changed first. */
  List<Held> list(String owner) {
    return jdbc.sql(
            """
            SELECT content, current, updated_at FROM filing_draft WHERE owner = :owner
            ORDER BY updated_at DESC, id
            """)
        .param("owner", owner)
        .query(
            (rs, n) ->
                new Held(
                    json.readValue(rs.getString("content"), WizardDraft.class),
                    rs.getBoolean("current"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Stores the draft as the account's current one (any other current one is set aside). */
  @Transactional
  void save(String owner, WizardDraft draft, Instant at) {
    lock(owner);
    UUID id = UUID.fromString(draft.id());
    jdbc.sql(
            "UPDATE filing_draft SET current = false WHERE owner = :owner AND current AND id <> :id")
        .param("owner", owner)
        .param("id", id)
        .update();
    jdbc.sql(
            """
            INSERT INTO filing_draft (id, owner, current, content, created_at, updated_at)
            VALUES (:id, :owner, true, CAST(:content AS jsonb), :at, :at)
            ON CONFLICT (id) DO UPDATE
              SET content = EXCLUDED.content, updated_at = EXCLUDED.updated_at, current = true
              WHERE filing_draft.owner = EXCLUDED.owner
            """)
        .param("id", id)
        .param("owner", owner)
        .param("content", json.writeValueAsString(draft))
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  /** Sets the current draft aside: the wizard begins a new one; the old one stays listed. */
  @Transactional
  void setAside(String owner) {
    lock(owner);
    jdbc.sql("UPDATE filing_draft SET current = false WHERE owner = :owner AND current")
        .param("owner", owner)
        .update();
  }

  /** Makes one of the account's drafts the current one; false if the account has no such draft. */
  @Transactional
  boolean resume(String owner, UUID id) {
    lock(owner);
    boolean held =
        jdbc.sql("SELECT 1 FROM filing_draft WHERE owner = :owner AND id = :id")
            .param("owner", owner)
            .param("id", id)
            .query(Integer.class)
            .optional()
            .isPresent();
    if (held) {
      setAside(owner);
      jdbc.sql("UPDATE filing_draft SET current = true WHERE owner = :owner AND id = :id")
          .param("owner", owner)
          .param("id", id)
          .update();
    }
    return held;
  }

  /** Deletes one of the account's drafts (once filed, or on request); false if there is none. */
  @Transactional
  boolean delete(String owner, UUID id) {
    lock(owner);
    return jdbc.sql("DELETE FROM filing_draft WHERE owner = :owner AND id = :id")
            .param("owner", owner)
            .param("id", id)
            .update()
        > 0;
  }

  private void lock(String owner) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('filing_draft:' || :owner))")
        .param("owner", owner)
        .query((rs, n) -> 1)
        .single();
  }
}
