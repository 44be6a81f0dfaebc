package org.ipflow.platform.filing.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The applications in progress in the portal's wizard, one per account, kept on the server so that
 * a reload, another device or a new login continues where the applicant left off.
 */
@Repository
class FilingDrafts {

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  FilingDrafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<WizardDraft> find(String owner) {
    return jdbc.sql("SELECT content FROM filing_draft WHERE owner = :owner")
        .param("owner", owner)
        .query((rs, n) -> json.readValue(rs.getString("content"), WizardDraft.class))
        .optional();
  }

  void save(String owner, WizardDraft draft, Instant at) {
    OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
    jdbc.sql(
            """
            INSERT INTO filing_draft (owner, content, created_at, updated_at)
            VALUES (:owner, CAST(:content AS jsonb), :at, :at)
            ON CONFLICT (owner) DO UPDATE SET content = EXCLUDED.content, updated_at = EXCLUDED.updated_at
            """)
        .param("owner", owner)
        .param("content", json.writeValueAsString(draft))
        .param("at", now)
        .update();
  }

  /** Deletes the draft only if it still is the one submitted (a new one may have begun since). */
  void delete(String owner, String draftId) {
    jdbc.sql("DELETE FROM filing_draft WHERE owner = :owner AND content ->> 'id' = :id")
        .param("owner", owner)
        .param("id", draftId)
        .update();
  }
}
