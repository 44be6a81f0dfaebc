package org.ipflow.platform.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.SigningException;
import org.ipflow.signing.ValidationResult;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores documents in PostgreSQL, in the caller's transaction. */
@Service
public class DocumentStore {

  private static final String COLUMNS =
      "id, filing_id, kind, origin, file_name, media_type, size_bytes, sha256, created_at";

  /** A document with what its signature validation found, if it had one. */
  private static final String SELECT =
      "SELECT d.id, d.filing_id, d.kind, d.origin, d.file_name, d.media_type, d.size_bytes,"
          + " d.sha256, d.created_at, s.document_id AS checked, s.signed, s.indication,"
          + " s.sub_indication, s.qualification, s.format, s.signer, s.signing_time,"
          + " s.signature_count, s.covers_whole_document, s.notes"
          + " FROM document d LEFT JOIN document_signature s ON s.document_id = d.id";

  /** Uploads that can carry a signature the office validates: PDF (PAdES) and XML (XAdES). */
  private static final Set<String> SIGNABLE =
      Set.of("application/pdf", "application/xml", "text/xml");

  private final JdbcClient jdbc;
  private final SignatureValidator validator;
  private final DocumentProperties settings;

  DocumentStore(JdbcClient jdbc, SignatureValidator validator, DocumentProperties settings) {
    this.jdbc = jdbc;
    this.validator = validator;
    this.settings = settings;
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
    if (stored.origin() == DocumentKind.Origin.APPLICANT
        && SIGNABLE.contains(stored.mediaType().toLowerCase(Locale.ROOT))) {
      SignatureCheck check = validate(stored, document.content());
      return new StoredDocument(
          stored.id(),
          stored.filingId(),
          stored.kind(),
          stored.origin(),
          stored.fileName(),
          stored.mediaType(),
          stored.size(),
          stored.sha256(),
          stored.createdAt(),
          check);
    }
    return stored;
  }

  /**
   * Validates the upload's signatures and keeps the result and the ETSI report beside it. The
   * stored bytes are never touched; a document the validator cannot make sense of is recorded as
   * such, never refused here.
   */
  private SignatureCheck validate(StoredDocument stored, byte[] content) {
    ValidationResult result;
    try {
      result = validator.validate(content, stored.fileName());
    } catch (SigningException e) {
      result =
          new ValidationResult(
              true,
              ValidationResult.INDETERMINATE,
              "CANNOT_VALIDATE",
              null,
              null,
              null,
              null,
              false,
              null,
              0,
              null,
              false,
              List.of("The signature could not be validated: " + e.getMessage()),
              List.of());
    }
    List<String> notes = new ArrayList<>(result.errors());
    notes.addAll(result.warnings());
    SignatureCheck check =
        new SignatureCheck(
            result.signed(),
            result.indication(),
            result.subIndication(),
            result.qualification(),
            result.format(),
            result.signerName(),
            result.signingTime(),
            result.signatureCount(),
            result.coversWholeDocument(),
            notes);
    jdbc.sql(
            "INSERT INTO document_signature (document_id, signed, indication, sub_indication,"
                + " qualification, format, signer, signing_time, signature_count,"
                + " covers_whole_document, notes, report_xml, validated_at) VALUES (:id, :signed,"
                + " :indication, :sub, :qualification, :format, :signer, :time, :count, :covers,"
                + " :notes, :report, :at)")
        .param("id", stored.id())
        .param("signed", check.signed())
        .param("indication", check.indication())
        .param("sub", truncate(check.subIndication(), 60))
        .param("qualification", truncate(check.qualification(), 80))
        .param("format", truncate(check.format(), 40))
        .param("signer", check.signer())
        .param(
            "time",
            check.signingTime() == null
                ? null
                : OffsetDateTime.ofInstant(check.signingTime(), ZoneOffset.UTC))
        .param("count", check.signatureCount())
        .param("covers", check.coversWholeDocument())
        .param("notes", String.join("\n", notes))
        .param("report", result.reportXml())
        .param("at", OffsetDateTime.ofInstant(stored.createdAt(), ZoneOffset.UTC))
        .update();
    return check;
  }

  /**
   * Stores {@code content} as the next version of {@code original} (same kind, name and filing),
   * beside it: the original stays as it was. A second new version of the same original fails on a
   * unique index, so a job that runs twice stores one.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public StoredDocument storeVersion(StoredDocument original, byte[] content, Instant createdAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO document ("
                + COLUMNS
                + ", content, supersedes) VALUES (:id, :filingId, :kind, :origin, :fileName,"
                + " :mediaType, :size, :sha256, :createdAt, :content, :supersedes)")
        .param("id", id)
        .param("filingId", original.filingId())
        .param("kind", original.kind().name())
        .param("origin", original.origin().name())
        .param("fileName", original.fileName())
        .param("mediaType", original.mediaType())
        .param("size", content.length)
        .param("sha256", sha256(content))
        .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
        .param("content", content)
        .param("supersedes", original.id())
        .update();
    return find(original.filingId(), id).orElseThrow();
  }

  /** A document by its id alone, for the office's own jobs. */
  public Optional<StoredDocument> find(UUID documentId) {
    return jdbc.sql(SELECT + " WHERE d.id = :d")
        .param("d", documentId)
        .query(DocumentStore::map)
        .optional();
  }

  /**
   * Refuses (422, in the caller's transaction, so nothing is kept) uploads a filing of this right
   * must have signed but that are unsigned or whose signature failed.
   */
  public void requireSignatures(String right, List<StoredDocument> uploads) {
    if (!settings.signaturesRequiredFor().contains(right)) {
      return;
    }
    List<ApiProblem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      SignatureCheck check = uploads.get(i).signature();
      if (check == null) {
        continue;
      }
      if (!check.signed()) {
        errors.add(new ApiProblem.FieldError("/documents/" + i, "is not signed"));
      } else if ("TOTAL_FAILED".equals(check.indication())) {
        errors.add(
            new ApiProblem.FieldError(
                "/documents/" + i,
                "carries a signature that failed validation (" + check.subIndication() + ")"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "signature-required",
          "Signature required",
          "A " + right + " application needs its PDF and XML documents signed; see errors.",
          errors);
    }
  }

  /** The ETSI validation report of an upload's signatures, if it was validated. */
  public Optional<String> validationReport(UUID filingId, UUID documentId) {
    return jdbc.sql(
            "SELECT s.report_xml FROM document_signature s JOIN document d ON d.id = s.document_id"
                + " WHERE d.filing_id = :f AND d.id = :d AND s.report_xml IS NOT NULL")
        .param("f", filingId)
        .param("d", documentId)
        .query(String.class)
        .optional();
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public List<StoredDocument> forFiling(UUID filingId) {
    return jdbc.sql(SELECT + " WHERE d.filing_id = :f ORDER BY d.created_at, d.id")
        .param("f", filingId)
        .query(DocumentStore::map)
        .list();
  }

  public Optional<StoredDocument> find(UUID filingId, UUID documentId) {
    return jdbc.sql(SELECT + " WHERE d.filing_id = :f AND d.id = :d")
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
            SELECT + " WHERE d.filing_id = :f AND d.kind = :k ORDER BY d.created_at DESC LIMIT 1")
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
        row.getObject("created_at", OffsetDateTime.class).toInstant(),
        row.getObject("checked") == null ? null : check(row));
  }

  private static SignatureCheck check(ResultSet row) throws SQLException {
    OffsetDateTime signingTime = row.getObject("signing_time", OffsetDateTime.class);
    String notes = row.getString("notes");
    return new SignatureCheck(
        row.getBoolean("signed"),
        row.getString("indication"),
        row.getString("sub_indication"),
        row.getString("qualification"),
        row.getString("format"),
        row.getString("signer"),
        signingTime == null ? null : signingTime.toInstant(),
        row.getInt("signature_count"),
        row.getBoolean("covers_whole_document"),
        notes == null || notes.isEmpty() ? List.of() : List.of(notes.split("\n")));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
