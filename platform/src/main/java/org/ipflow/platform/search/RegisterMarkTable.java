package org.ipflow.platform.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ipflow.workers.relativegrounds.MarkForms;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code register_mark} table: the marks the search runs over, with their compared forms. */
@Repository
class RegisterMarkTable {

  /**
   * Trigram similarity a mark's normalized form needs to be a candidate (unless its phonetic key is
   * the query's). Low, so that the score, not this filter, decides the ranking; pg_trgm's default
   * is 0.3.
   */
  static final double CANDIDATE_TRIGRAM_THRESHOLD = 0.25;

  private static final String IN_FORCE = "status IN ('PUBLISHED', 'REGISTERED')";

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  RegisterMarkTable(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** A row that came back from a candidate query, before it is scored. */
  record Candidate(
      UUID filingId,
      String applicationNumber,
      String registrationNumber,
      String markText,
      List<Integer> niceClasses,
      String phoneticKey,
      double textSimilarity) {}

  void upsert(Collection<IndexedMark> marks) {
    MapSqlParameterSource[] rows =
        marks.stream().map(RegisterMarkTable::row).toArray(MapSqlParameterSource[]::new);
    batch.batchUpdate(
        """
        INSERT INTO register_mark (filing_id, application_number, registration_number, mark_text,
            normalized, phonetic_key, forms_version, nice_classes, status, owner_name,
            priority_date, updated_at)
        VALUES (:filingId, :applicationNumber, :registrationNumber, :markText, :normalized,
            :phoneticKey, :formsVersion, CAST(:niceClasses AS integer[]), :status, :ownerName,
            :priorityDate, now())
        ON CONFLICT (filing_id) DO UPDATE SET
            application_number = EXCLUDED.application_number,
            registration_number = EXCLUDED.registration_number,
            mark_text = EXCLUDED.mark_text,
            normalized = EXCLUDED.normalized,
            phonetic_key = EXCLUDED.phonetic_key,
            forms_version = EXCLUDED.forms_version,
            nice_classes = EXCLUDED.nice_classes,
            status = EXCLUDED.status,
            owner_name = EXCLUDED.owner_name,
            priority_date = EXCLUDED.priority_date,
            updated_at = EXCLUDED.updated_at
        """,
        rows);
  }

  private static MapSqlParameterSource row(IndexedMark mark) {
    return new MapSqlParameterSource()
        .addValue("filingId", mark.filingId())
        .addValue("applicationNumber", mark.applicationNumber())
        .addValue("registrationNumber", mark.registrationNumber(), Types.VARCHAR)
        .addValue("markText", mark.markText())
        .addValue("normalized", MarkForms.normalized(mark.markText()))
        .addValue("phoneticKey", MarkForms.phoneticKey(mark.markText()))
        .addValue("formsVersion", MarkForms.VERSION)
        .addValue("niceClasses", arrayLiteral(mark.niceClasses()))
        .addValue("status", mark.status().name())
        .addValue("ownerName", mark.ownerName(), Types.VARCHAR)
        .addValue("priorityDate", mark.priorityDate(), Types.DATE);
  }

  /** Whether the mark was there to update. */
  boolean updateStatus(UUID filingId, RegisterStatus status, String registrationNumber) {
    return jdbc.sql(
                "UPDATE register_mark SET status = :status,"
                    + " registration_number = coalesce(:registrationNumber, registration_number),"
                    + " updated_at = now() WHERE filing_id = :filingId")
            .param("filingId", filingId)
            .param("status", status.name())
            .param("registrationNumber", registrationNumber, Types.VARCHAR)
            .update()
        == 1;
  }

  void delete(UUID filingId) {
    jdbc.sql("DELETE FROM register_mark WHERE filing_id = :filingId")
        .param("filingId", filingId)
        .update();
  }

  /**
   * Marks in force in {@code classes} whose normalized form is trigram-similar to the query's or
   * whose phonetic key is the query's, best {@code cap} first by {@code 0.6 × text + 0.4 × trigram
   * similarity of the keys} (an estimate of the score, which the caller computes). Runs in the
   * caller's transaction.
   */
  List<Candidate> candidates(
      String normalized,
      String phoneticKey,
      Set<Integer> classes,
      UUID excludeFilingId,
      LocalDate earlierThan,
      int cap) {
    return withSearchSettings(
        () ->
            statement("", normalized, phoneticKey, classes, excludeFilingId, earlierThan, cap)
                .query(RegisterMarkTable::candidate)
                .list());
  }

  /** How PostgreSQL runs {@link #candidates} (EXPLAIN ANALYZE), for diagnosis. */
  List<String> explainCandidates(
      String normalized,
      String phoneticKey,
      Set<Integer> classes,
      UUID excludeFilingId,
      LocalDate earlierThan,
      int cap) {
    return withSearchSettings(
        () ->
            statement(
                    "EXPLAIN (ANALYZE, COSTS OFF) ",
                    normalized,
                    phoneticKey,
                    classes,
                    excludeFilingId,
                    earlierThan,
                    cap)
                .query(String.class)
                .list());
  }

  /**
   * Runs {@code query} with the candidate trigram threshold and without sequential scans, then
   * restores both settings: the caller's transaction (perhaps the engine's) goes on as it was.
   *
   * <p>The planner does not know that a trigram comparison costs some microseconds per row (pg_trgm
   * declares its functions at the default cost), so on a small register it may prefer comparing
   * every row to the trigram index, which is many times slower; sequential scans are therefore
   * disabled for the candidate query, which the indexes always answer.
   */
  private <T> T withSearchSettings(Supplier<T> query) {
    Map<String, Object> previous =
        jdbc.sql(
                "SELECT current_setting('enable_seqscan') AS seqscan,"
                    + " coalesce(current_setting('pg_trgm.similarity_threshold', true), '0.3')"
                    + " AS threshold")
            .query()
            .singleRow();
    jdbc.sql(
            "SELECT set_config('enable_seqscan', 'off', true),"
                + " set_config('pg_trgm.similarity_threshold', :threshold, true)")
        .param("threshold", Double.toString(CANDIDATE_TRIGRAM_THRESHOLD))
        .query()
        .singleRow();
    T result = query.get();
    // On an error the transaction is aborted and rolled back, which undoes the settings too.
    jdbc.sql(
            "SELECT set_config('enable_seqscan', :seqscan, true),"
                + " set_config('pg_trgm.similarity_threshold', :threshold, true)")
        .param("seqscan", previous.get("seqscan"))
        .param("threshold", previous.get("threshold"))
        .query()
        .singleRow();
    return result;
  }

  private JdbcClient.StatementSpec statement(
      String prefix,
      String normalized,
      String phoneticKey,
      Set<Integer> classes,
      UUID excludeFilingId,
      LocalDate earlierThan,
      int cap) {
    boolean keyed = !phoneticKey.isEmpty();
    // Look-alikes first, on the trigram and key indexes (a few hundred rows even in a large
    // register), then their classes; the class index alone would hand over every mark in the
    // classes for a trigram comparison.
    String sql =
        prefix
            + "WITH alike AS MATERIALIZED (SELECT filing_id, application_number,"
            + " registration_number, mark_text, normalized, phonetic_key, nice_classes,"
            + " priority_date FROM register_mark WHERE "
            + IN_FORCE
            + " AND (normalized % :normalized"
            + (keyed ? " OR phonetic_key = :key" : "")
            + ")) SELECT filing_id, application_number, registration_number, mark_text,"
            + " nice_classes, phonetic_key, text_similarity FROM (SELECT *,"
            + " greatest(similarity(normalized, :normalized),"
            + " similarity(replace(normalized, ' ', ''), :compact)) AS text_similarity"
            + " FROM alike WHERE nice_classes && CAST(:classes AS integer[])"
            + (excludeFilingId == null ? "" : " AND filing_id <> :exclude")
            + (earlierThan == null
                ? ""
                : " AND (priority_date IS NULL OR priority_date < :earlierThan)")
            + ") AS candidate ORDER BY 0.6 * text_similarity"
            + (keyed ? " + 0.4 * similarity(phonetic_key, :key)" : "")
            + " DESC, application_number LIMIT :cap";
    JdbcClient.StatementSpec statement =
        jdbc.sql(sql)
            .param("normalized", normalized)
            .param("compact", normalized.replace(" ", ""))
            .param("classes", arrayLiteral(classes))
            .param("cap", cap);
    if (keyed) {
      statement = statement.param("key", phoneticKey);
    }
    if (excludeFilingId != null) {
      statement = statement.param("exclude", excludeFilingId);
    }
    if (earlierThan != null) {
      statement = statement.param("earlierThan", earlierThan);
    }
    return statement;
  }

  private static Candidate candidate(ResultSet rs, int row) throws SQLException {
    return new Candidate(
        rs.getObject("filing_id", UUID.class),
        rs.getString("application_number"),
        rs.getString("registration_number"),
        rs.getString("mark_text"),
        integers(rs.getArray("nice_classes")),
        rs.getString("phonetic_key"),
        rs.getDouble("text_similarity"));
  }

  /** Marks whose forms were computed by another version of {@link MarkForms}. */
  List<IndexedMarkText> stale(int max) {
    return jdbc.sql(
            // Two ranges rather than <>, so that the index on forms_version answers at start-up.
            "SELECT filing_id, mark_text FROM register_mark"
                + " WHERE forms_version < :version OR forms_version > :version LIMIT :max")
        .param("version", MarkForms.VERSION)
        .param("max", max)
        .query(
            (rs, row) ->
                new IndexedMarkText(
                    rs.getObject("filing_id", UUID.class), rs.getString("mark_text")))
        .list();
  }

  /** A mark's filing and word element, for recomputing its forms. */
  record IndexedMarkText(UUID filingId, String markText) {}

  void updateForms(List<IndexedMarkText> marks) {
    MapSqlParameterSource[] rows =
        marks.stream()
            .map(
                mark ->
                    new MapSqlParameterSource()
                        .addValue("filingId", mark.filingId())
                        .addValue("normalized", MarkForms.normalized(mark.markText()))
                        .addValue("phoneticKey", MarkForms.phoneticKey(mark.markText()))
                        .addValue("formsVersion", MarkForms.VERSION))
            .toArray(MapSqlParameterSource[]::new);
    batch.batchUpdate(
        "UPDATE register_mark SET normalized = :normalized, phonetic_key = :phoneticKey,"
            + " forms_version = :formsVersion, updated_at = now() WHERE filing_id = :filingId",
        rows);
  }

  private static String arrayLiteral(Collection<Integer> classes) {
    return classes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }

  private static List<Integer> integers(Array array) throws SQLException {
    List<Integer> integers = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      integers.add(((Number) value).intValue());
    }
    return integers;
  }
}
