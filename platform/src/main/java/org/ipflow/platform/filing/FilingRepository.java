package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ipflow.workers.decision.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Filings and their events in PostgreSQL. */
@Repository
class FilingRepository {

  private final JdbcClient jdbc;
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};
  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * Contents already read, by their JSON: every step of a filing's procedure loads the filing, and
   * its content (immutable records) changes far less often than that. Bounded; long ones are not
   * kept.
   */
  private final Map<String, Filing.Content> contents = new ConcurrentHashMap<>();

  private static final int CONTENTS_KEPT = 512;
  private static final int CONTENT_KEPT_UP_TO_CHARS = 32_768;

  FilingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long nextSerial(IpRight right, int year) {
    return jdbc.sql("SELECT next_application_serial(:type, :year)")
        .param("type", right.st13Code())
        .param("year", year)
        .query(Long.class)
        .single();
  }

  long nextRegistrationSerial() {
    return jdbc.sql("SELECT nextval('registration_serial')").query(Long.class).single();
  }

  /** The filing an earlier submission with this key created, and that submission's fingerprint. */
  Optional<Map.Entry<UUID, String>> findIdempotent(String filedBy, String key) {
    return jdbc.sql(
            "SELECT filing_id, fingerprint FROM filing_idempotency"
                + " WHERE filed_by = :by AND idempotency_key = :key")
        .param("by", filedBy)
        .param("key", key)
        .query(
            (row, n) ->
                Map.entry(
                    UUID.fromString(row.getString("filing_id")), row.getString("fingerprint")))
        .optional();
  }

  /** Fails with a duplicate key while another submission with the same key is being stored. */
  void insertIdempotent(String filedBy, String key, String fingerprint, UUID filingId, Instant at) {
    jdbc.sql(
            "INSERT INTO filing_idempotency (filed_by, idempotency_key, fingerprint, filing_id,"
                + " created_at) VALUES (:by, :key, :fingerprint, :filing, :at)")
        .param("by", filedBy)
        .param("key", key)
        .param("fingerprint", fingerprint)
        .param("filing", filingId)
        .param("at", java.sql.Timestamp.from(at))
        .update();
  }

  void insert(Filing filing) {
    jdbc.sql(
            """
            INSERT INTO filing (id, application_number, office_code, ip_right, status, filing_date,
                received_at, filed_by, applicant_name, applicant_country, mark_text, request, updated_at)
            VALUES (:id, :number, :office, :right, :status, :filingDate, :receivedAt, :filedBy,
                :applicantName, :applicantCountry, :markText, CAST(:request AS jsonb), :receivedAt)
            """)
        .param("id", filing.id())
        .param("number", filing.applicationNumber().value())
        .param("office", filing.applicationNumber().officeCode())
        .param("right", filing.ipRight().name())
        .param("status", filing.status().name())
        .param("filingDate", filing.filingDate())
        .param("receivedAt", utc(filing.receivedAt()))
        .param("filedBy", filing.filedBy())
        .param("applicantName", filing.applicant().name())
        .param("applicantCountry", filing.applicant().country())
        .param("markText", filing.mark().text())
        .param("request", json.writeValueAsString(filing.content()))
        .update();
  }

  /** Replaces what was filed (after an answer to a notice); the filing keeps its number and id. */
  void updateContent(UUID id, Filing.Content content, Instant at) {
    jdbc.sql(
            """
            UPDATE filing SET applicant_name = :name, applicant_country = :country, mark_text = :text,
                request = CAST(:request AS jsonb), version = version + 1, updated_at = :at
            WHERE id = :id
            """)
        .param("name", content.applicant().name())
        .param("country", content.applicant().country())
        .param("text", content.mark().text())
        .param("request", json.writeValueAsString(content))
        .param("at", utc(at))
        .param("id", id)
        .update();
    changed(id);
  }

  /** A filing date accorded later than receipt: the date the missing elements arrived. */
  void updateFilingDate(UUID id, LocalDate filingDate, Instant at) {
    jdbc.sql(
            "UPDATE filing SET filing_date = :date, version = version + 1, updated_at = :at WHERE id = :id")
        .param("date", filingDate)
        .param("at", utc(at))
        .param("id", id)
        .update();
    changed(id);
  }

  /** Payments and notices of filings live beside them. */
  void insertPayment(UUID filingId, NewPayment payment, Instant at) {
    jdbc.sql(
            """
            INSERT INTO payment (id, filing_id, amount, currency, reference, provider, received_at)
            VALUES (:id, :filingId, :amount, :currency, :reference, :provider, :at)
            ON CONFLICT (provider, reference) DO NOTHING
            """)
        .param("id", UUID.randomUUID())
        .param("filingId", filingId)
        .param("amount", payment.amount())
        .param("currency", payment.currency())
        .param("reference", payment.reference())
        .param("provider", payment.provider())
        .param("at", utc(at))
        .update();
  }

  List<ReceivedPayment> payments(UUID filingId) {
    return jdbc.sql("SELECT * FROM payment WHERE filing_id = :f ORDER BY received_at, id")
        .param("f", filingId)
        .query(
            (row, n) ->
                new ReceivedPayment(
                    row.getBigDecimal("amount"),
                    row.getString("currency"),
                    row.getString("reference"),
                    row.getString("provider"),
                    row.getObject("received_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  void insertNotice(UUID filingId, Notice notice) {
    jdbc.sql(
            """
            INSERT INTO notice (id, filing_id, kind, language, dispatched_at, deemed_notified_on,
                time_limit_last_day, time_limit_passes, time_limit, reasons, addressee, opposition_id)
            VALUES (:id, :filingId, :kind, :language, :dispatchedAt, :deemed, :lastDay, :passes,
                CAST(:timeLimit AS jsonb), CAST(:reasons AS jsonb), :addressee, :oppositionId)
            """)
        .param("id", notice.id())
        .param("filingId", filingId)
        .param("kind", notice.kind())
        .param("language", notice.language())
        .param("dispatchedAt", utc(notice.dispatchedAt()))
        .param("deemed", notice.deemedNotifiedOn())
        .param("lastDay", notice.timeLimitLastDay())
        .param("passes", utc(notice.timeLimitPasses()))
        .param("timeLimit", json.writeValueAsString(notice.timeLimit()))
        .param("reasons", json.writeValueAsString(notice.reasons()))
        .param("addressee", notice.addressee())
        .param("oppositionId", notice.oppositionId())
        .update();
  }

  void markNoticesAnswered(UUID filingId, Instant at) {
    jdbc.sql(
            "UPDATE notice SET answered_at = :at WHERE filing_id = :f AND answered_at IS NULL"
                + " AND closed_at IS NULL AND opposition_id IS NULL")
        .param("at", utc(at))
        .param("f", filingId)
        .update();
  }

  private static Instant instantOrNull(java.sql.ResultSet row, String column)
      throws java.sql.SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  int closeNoticesSince(UUID filingId, Instant since, Instant at, String reason) {
    return jdbc.sql(
            "UPDATE notice SET closed_at = :at, closed_reason = :reason WHERE filing_id = :f AND"
                + " answered_at IS NULL AND closed_at IS NULL AND opposition_id IS NULL AND"
                + " dispatched_at >= :since")
        .param("at", utc(at))
        .param("reason", reason)
        .param("f", filingId)
        .param("since", utc(since))
        .update();
  }

  /** Moves the end of each of the applicant's time limits still running at {@code since}. */
  int extendOpenTimeLimits(UUID filingId, Instant since, int days, ZoneId zone) {
    int extended = 0;
    for (Notice notice : notices(filingId)) {
      if (notice.awaitsAnswer()
          && notice.oppositionId() == null
          && notice.timeLimitPasses().isAfter(since)) {
        extended +=
            jdbc.sql(
                    "UPDATE notice SET time_limit_last_day = :lastDay, time_limit_passes = :passes"
                        + " WHERE id = :id")
                .param("lastDay", notice.timeLimitLastDay().plusDays(days))
                .param(
                    "passes", utc(notice.timeLimitPasses().atZone(zone).plusDays(days).toInstant()))
                .param("id", notice.id())
                .update();
      }
    }
    return extended;
  }

  /** Records the first opening of a notice and the deemed notification and time limit it sets. */
  void updateOpenedNotice(Notice notice) {
    jdbc.sql(
            """
            UPDATE notice SET opened_at = :openedAt, deemed_notified_on = :deemed,
                time_limit_last_day = :lastDay, time_limit_passes = :passes,
                time_limit = CAST(:timeLimit AS jsonb)
            WHERE id = :id AND opened_at IS NULL
            """)
        .param("openedAt", utc(notice.openedAt()))
        .param("deemed", notice.deemedNotifiedOn())
        .param("lastDay", notice.timeLimitLastDay())
        .param("passes", utc(notice.timeLimitPasses()))
        .param("timeLimit", json.writeValueAsString(notice.timeLimit()))
        .param("id", notice.id())
        .update();
  }

  List<Notice> notices(UUID filingId) {
    return jdbc.sql("SELECT * FROM notice WHERE filing_id = :f ORDER BY dispatched_at, id")
        .param("f", filingId)
        .query(
            (row, n) ->
                new Notice(
                    row.getObject("id", UUID.class),
                    row.getString("kind"),
                    row.getString("language"),
                    row.getObject("dispatched_at", OffsetDateTime.class).toInstant(),
                    row.getObject("deemed_notified_on", LocalDate.class),
                    row.getObject("time_limit_last_day", LocalDate.class),
                    row.getObject("time_limit_passes", OffsetDateTime.class).toInstant(),
                    json.readValue(row.getString("time_limit"), MAP),
                    json.readValue(row.getString("reasons"), REASONS),
                    instantOrNull(row, "answered_at"),
                    row.getString("addressee"),
                    row.getObject("opposition_id", UUID.class),
                    instantOrNull(row, "opened_at"),
                    instantOrNull(row, "closed_at"),
                    row.getString("closed_reason")))
        .list();
  }

  void updatePublished(UUID id, Instant at) {
    jdbc.sql(
            "UPDATE filing SET published_at = :at, version = version + 1, updated_at = :at"
                + " WHERE id = :id AND published_at IS NULL")
        .param("at", utc(at))
        .param("id", id)
        .update();
    changed(id);
  }

  Optional<Instant> publishedAt(UUID id) {
    return jdbc.sql("SELECT published_at FROM filing WHERE id = :id")
        .param("id", id)
        .query((row, n) -> row.getObject("published_at", OffsetDateTime.class))
        .optional()
        .filter(java.util.Objects::nonNull)
        .map(OffsetDateTime::toInstant);
  }

  void updateStatus(UUID id, FilingStatus status, Instant at) {
    jdbc.sql(
            "UPDATE filing SET status = :status, version = version + 1, updated_at = :at WHERE id = :id")
        .param("status", status.name())
        .param("at", utc(at))
        .param("id", id)
        .update();
    changed(id);
  }

  void updateFee(UUID id, BigDecimal amount, String currency, Instant at) {
    jdbc.sql(
            "UPDATE filing SET fee_amount = :amount, fee_currency = :currency, version = version + 1,"
                + " updated_at = :at WHERE id = :id")
        .param("amount", amount)
        .param("currency", currency)
        .param("at", utc(at))
        .param("id", id)
        .update();
    changed(id);
  }

  void updateRegistration(UUID id, Filing.Registration registration, Instant at) {
    jdbc.sql(
            "UPDATE filing SET registration_number = :number, registration_date = :date,"
                + " expiry_date = :expiry, version = version + 1, updated_at = :at WHERE id = :id")
        .param("number", registration.number())
        .param("date", registration.date())
        .param("expiry", registration.expiryDate())
        .param("at", utc(at))
        .param("id", id)
        .update();
    changed(id);
  }

  void insertEvent(
      UUID filingId, Instant at, String type, FilingStatus status, String summary, String actor) {
    jdbc.sql(
            """
            INSERT INTO filing_event (filing_id, occurred_at, type, status, summary, actor)
            VALUES (:filingId, :at, :type, :status, :summary, :actor)
            """)
        .param("filingId", filingId)
        .param("at", utc(at))
        .param("type", type)
        .param("status", status == null ? null : status.name())
        .param("summary", summary)
        .param("actor", actor)
        .update();
  }

  /**
   * The filing, as this transaction first read it or last locked it, and with its own changes: see
   * {@link ReadInTransaction}. Outside a transaction, as stored now.
   */
  Optional<Filing> find(UUID id) {
    Map<UUID, Filing> read = readInThisTransaction();
    Filing known = read == null ? null : read.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Filing> filing =
        jdbc.sql("SELECT * FROM filing WHERE id = :id").param("id", id).query(this::map).optional();
    if (read != null) {
      filing.ifPresent(f -> read.put(id, f));
    }
    return filing;
  }

  /** The filings {@code filedBy} filed, newest first (index filing_filed_by). */
  List<Filing> filedBy(String filedBy, int limit) {
    return jdbc.sql(
            "SELECT * FROM filing WHERE filed_by = :by ORDER BY received_at DESC, id LIMIT :limit")
        .param("by", filedBy)
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  Optional<Filing> findByApplicationNumber(String number) {
    return jdbc.sql("SELECT * FROM filing WHERE application_number = :n")
        .param("n", number)
        .query(this::map)
        .optional();
  }

  Optional<Filing> findByRegistrationNumber(String number) {
    return jdbc.sql("SELECT * FROM filing WHERE registration_number = :n")
        .param("n", number)
        .query(this::map)
        .optional();
  }

  /**
   * Published filings matching every given criterion, newest publication first. Criteria: the
   * application or registration number (exact), words of the mark and of the owner's name
   * (case-insensitive, contained), a Nice class, a status.
   */
  List<Filing> searchPublished(
      String number,
      String text,
      String owner,
      Integer niceClass,
      String status,
      int offset,
      int limit) {
    StringBuilder sql = new StringBuilder("SELECT * FROM filing WHERE published_at IS NOT NULL");
    Map<String, Object> params = new java.util.HashMap<>();
    if (number != null) {
      sql.append(" AND (application_number = :number OR registration_number = :number)");
      params.put("number", number);
    }
    if (text != null) {
      sql.append(" AND mark_text ILIKE :text ESCAPE '\\'");
      params.put("text", "%" + likeEscaped(text) + "%");
    }
    if (owner != null) {
      sql.append(" AND applicant_name ILIKE :owner ESCAPE '\\'");
      params.put("owner", "%" + likeEscaped(owner) + "%");
    }
    if (niceClass != null) {
      sql.append(" AND request -> 'goodsAndServices' @> CAST(:classes AS jsonb)");
      params.put("classes", "[{\"niceClass\": " + niceClass + "}]");
    }
    if (status != null) {
      sql.append(" AND status = :status");
      params.put("status", status);
    }
    sql.append(" ORDER BY published_at DESC, application_number LIMIT :limit OFFSET :offset");
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(sql.toString()).params(params).query(this::map).list();
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * Locks the filing's row for the rest of the transaction: one change at a time per filing. A
   * no-key lock, as an update takes: rows that only refer to the filing (its documents, events,
   * ledger rows, the receipt) are still added meanwhile, where a full lock made each of their
   * foreign-key checks wait for the locking transaction to end.
   */
  Optional<Filing> lock(UUID id) {
    Optional<Filing> filing =
        jdbc.sql("SELECT * FROM filing WHERE id = :id FOR NO KEY UPDATE")
            .param("id", id)
            .query(this::map)
            .optional();
    Map<UUID, Filing> read = readInThisTransaction();
    if (read != null) {
      filing.ifPresentOrElse(f -> read.put(id, f), () -> read.remove(id));
    }
    return filing;
  }

  /**
   * The filings read in the current transaction, by id; {@code null} outside a transaction.
   *
   * <p>Every step of a case's procedure reads its filing, and the engine runs a case's automated
   * steps one after the other in one transaction: without this, each step read the same row again
   * (eight times in a fully automated examination). A transaction now reads a filing once and sees
   * it as it was then, as under repeatable read, rather than a change another transaction commits
   * meanwhile (ADR 16). A change that depends on what the filing holds locks it first ({@link
   * #lock}), which reads it again; a change made here drops it ({@link #changed}), so that the next
   * read sees the change.
   */
  private Map<UUID, Filing> readInThisTransaction() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    // The synchronizations are the current transaction's own: a transaction started inside
    // another (requires new) gets its own list, and the outer one's comes back after it.
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof ReadInTransaction read && read.repository == this) {
        return read.filings;
      }
    }
    ReadInTransaction read = new ReadInTransaction(this);
    TransactionSynchronizationManager.registerSynchronization(read);
    return read.filings;
  }

  /** A change to the filing's row in this transaction: its next read reads it again. */
  private void changed(UUID id) {
    Map<UUID, Filing> read = readInThisTransaction();
    if (read != null) {
      read.remove(id);
    }
  }

  /** What {@link #readInThisTransaction} keeps, for as long as the transaction lasts. */
  private static final class ReadInTransaction implements TransactionSynchronization {
    private final FilingRepository repository;
    private final Map<UUID, Filing> filings = new HashMap<>();

    ReadInTransaction(FilingRepository repository) {
      this.repository = repository;
    }
  }

  List<TimelineEntry> events(UUID filingId) {
    return jdbc.sql("SELECT * FROM filing_event WHERE filing_id = :f ORDER BY occurred_at, id")
        .param("f", filingId)
        .query(
            (row, n) ->
                new TimelineEntry(
                    row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    "EVENT",
                    row.getString("type"),
                    row.getString("status") == null
                        ? null
                        : FilingStatus.valueOf(row.getString("status")),
                    null,
                    List.of(),
                    row.getString("summary"),
                    row.getString("actor")))
        .list();
  }

  private Filing map(ResultSet row, int rowNum) throws SQLException {
    Filing.Content content = content(row.getString("request"));
    BigDecimal fee = row.getBigDecimal("fee_amount");
    String registrationNumber = row.getString("registration_number");
    return new Filing(
        row.getObject("id", UUID.class),
        new ApplicationNumber(row.getString("application_number"), row.getString("office_code")),
        IpRight.valueOf(row.getString("ip_right")),
        FilingStatus.valueOf(row.getString("status")),
        row.getObject("filing_date", LocalDate.class),
        row.getObject("received_at", OffsetDateTime.class).toInstant(),
        row.getString("filed_by"),
        content,
        fee == null ? null : new Filing.Fee(fee, row.getString("fee_currency")),
        registrationNumber == null
            ? null
            : new Filing.Registration(
                registrationNumber,
                row.getObject("registration_date", LocalDate.class),
                row.getObject("expiry_date", LocalDate.class)),
        row.getInt("version"));
  }

  private Filing.Content content(String request) {
    Filing.Content content = contents.get(request);
    if (content == null) {
      content = json.readValue(request, Filing.Content.class);
      if (request.length() <= CONTENT_KEPT_UP_TO_CHARS) {
        if (contents.size() >= CONTENTS_KEPT) {
          contents.clear(); // crude, but a bound; the procedure's hot filings come back at once
        }
        contents.put(request, content);
      }
    }
    return content;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
