package org.ipflow.platform.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores documents in PostgreSQL, in the caller's transaction. */
@Service
public class DocumentStore {

  private static final String COLUMNS =
      "id, filing_id, kind, origin, file_name, media_type, size_bytes, sha256, created_at";

  private final JdbcClient jdbc;

  DocumentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public StoredDocument store(UUID filingId, NewDocument document, Instant createdAt) {
    StoredDocument stored =
        new StoredDocument(
            UUID.randomUUID(),
            filingId,
            document.kind(),
            document.kind().origin(),
            document.fileName(),
            document.mediaType(),
            document.content().length,
            sha256(document.content()),
            createdAt);
    jdbc.sql(
            "INSERT INTO document ("
                + COLUMNS
                + ", content) VALUES (:id, :filingId, :kind, :origin, :fileName, :mediaType, :size,"
                + " :sha256, :createdAt, :content)")
        .param("id", stored.id())
        .param("filingId", filingId)
        .param("kind", stored.kind().name())
        .param("origin", stored.origin().name())
        .param("fileName", stored.fileName())
        .param("mediaType", stored.mediaType())
        .param("size", stored.size())
        .param("sha256", stored.sha256())
        .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .param("content", document.content())
        .update();
    return stored;
  }

  public List<StoredDocument> forFiling(UUID filingId) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM document WHERE filing_id = :f ORDER BY created_at, id")
        .param("f", filingId)
        .query(DocumentStore::map)
        .list();
  }

  public Optional<StoredDocument> find(UUID filingId, UUID documentId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE filing_id = :f AND id = :d")
        .param("f", filingId)
        .param("d", documentId)
        .query(DocumentStore::map)
        .optional();
  }

  /** How many documents of each kind the filing holds (kinds it has none of are absent). */
  public Map<DocumentKind, Long> countByKind(UUID filingId) {
    Map<DocumentKind, Long> counts = new EnumMap<>(DocumentKind.class);
    jdbc.sql("SELECT kind, count(*) AS n FROM document WHERE filing_id = :f GROUP BY kind")
        .param("f", filingId)
        .query(
            (ResultSet row) -> {
              counts.put(DocumentKind.valueOf(row.getString("kind")), row.getLong("n"));
            });
    return counts;
  }

  public Optional<StoredDocument> findKind(UUID filingId, DocumentKind kind) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM document WHERE filing_id = :f AND kind = :k ORDER BY created_at DESC LIMIT 1")
        .param("f", filingId)
        .param("k", kind.name())
        .query(DocumentStore::map)
        .optional();
  }

  public byte[] content(UUID documentId) {
    return jdbc.sql("SELECT content FROM document WHERE id = :d")
        .param("d", documentId)
        .query(byte[].class)
        .single();
  }

  private static StoredDocument map(ResultSet row, int rowNum) throws SQLException {
    return new StoredDocument(
        row.getObject("id", UUID.class),
        row.getObject("filing_id", UUID.class),
        DocumentKind.valueOf(row.getString("kind")),
        DocumentKind.Origin.valueOf(row.getString("origin")),
        row.getString("file_name"),
        row.getString("media_type"),
        row.getLong("size_bytes"),
        row.getString("sha256"),
        row.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
