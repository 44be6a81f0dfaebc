package org.ipflow.platform.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartyRepository {

  private static final String PARTY_COLUMNS =
      "id, party_number, name, country, address, kind, global_id_scheme, global_id, merged_into,"
          + " created_at";

  private final JdbcClient jdbc;

  PartyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long nextSerial() {
    return jdbc.sql("SELECT nextval('party_serial')").query(Long.class).single();
  }

  void insert(Party party, String normalisedName, String normalisedAddress) {
    jdbc.sql(
            "INSERT INTO party (id, party_number, name, normalised_name, country, address,"
                + " normalised_address, kind, global_id_scheme, global_id, created_at)"
                + " VALUES (:id, :number, :name, :nname, :country, :address, :naddress, :kind,"
                + " :scheme, :gid, :at)")
        .param("id", party.id())
        .param("number", party.partyNumber())
        .param("name", party.name())
        .param("nname", normalisedName)
        .param("country", party.country())
        .param("address", party.address())
        .param("naddress", normalisedAddress)
        .param("kind", party.kind())
        .param("scheme", party.globalIdScheme())
        .param("gid", party.globalId())
        .param("at", Timestamp.from(party.createdAt()))
        .update();
  }

  Optional<Party> find(UUID id) {
    return jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM party WHERE id = :id")
        .param("id", id)
        .query(PartyRepository::map)
        .optional();
  }

  Optional<Party> lock(UUID id) {
    return jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM party WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(PartyRepository::map)
        .optional();
  }

  Optional<Party> findStanding(String scheme, String globalId) {
    return jdbc.sql(
            "SELECT "
                + PARTY_COLUMNS
                + " FROM party WHERE global_id_scheme = :scheme AND global_id = :gid"
                + " AND merged_into IS NULL")
        .param("scheme", scheme)
        .param("gid", globalId)
        .query(PartyRepository::map)
        .optional();
  }

  /** The standing party a party number names, following merges to where it stands now. */
  Optional<Party> findByNumber(String partyNumber) {
    Optional<Party> party =
        jdbc.sql("SELECT " + PARTY_COLUMNS + " FROM party WHERE party_number = :n")
            .param("n", partyNumber)
            .query(PartyRepository::map)
            .optional();
    while (party.isPresent() && party.get().mergedInto() != null) {
      party = find(party.get().mergedInto());
    }
    return party;
  }

  /** A standing party without a global identifier, identical in every compared field. */
  Optional<Party> findSame(String normalisedName, String country, String normalisedAddress) {
    return jdbc.sql(
            "SELECT "
                + PARTY_COLUMNS
                + " FROM party WHERE normalised_name = :name AND country IS NOT DISTINCT FROM"
                + " :country AND normalised_address = :address AND merged_into IS NULL"
                + " AND global_id IS NULL ORDER BY created_at LIMIT 1")
        .param("name", normalisedName)
        .param("country", country)
        .param("address", normalisedAddress)
        .query(PartyRepository::map)
        .optional();
  }

  void link(UUID filingId, String role, UUID partyId) {
    jdbc.sql(
            "INSERT INTO filing_party (filing_id, role, party_id) VALUES (:filing, :role, :party)"
                + " ON CONFLICT (filing_id, role) DO NOTHING")
        .param("filing", filingId)
        .param("role", role)
        .param("party", partyId)
        .update();
  }

  List<UUID> filingsOf(UUID partyId) {
    return jdbc.sql(
            "SELECT DISTINCT filing_id FROM filing_party WHERE party_id = :party ORDER BY"
                + " filing_id")
        .param("party", partyId)
        .query(UUID.class)
        .list();
  }

  List<FilingLink> linksOf(UUID partyId) {
    return jdbc.sql(
            "SELECT fp.filing_id, fp.role, f.application_number FROM filing_party fp"
                + " JOIN filing f ON f.id = fp.filing_id WHERE fp.party_id = :party"
                + " ORDER BY f.application_number, fp.role")
        .param("party", partyId)
        .query(
            (row, n) ->
                new FilingLink(
                    UUID.fromString(row.getString("filing_id")),
                    row.getString("application_number"),
                    row.getString("role")))
        .list();
  }

  List<Party> mergedInto(UUID partyId) {
    return jdbc.sql(
            "SELECT " + PARTY_COLUMNS + " FROM party WHERE merged_into = :id ORDER BY created_at")
        .param("id", partyId)
        .query(PartyRepository::map)
        .list();
  }

  /** Moves everything that pointed to {@code source} to {@code target}. */
  void merge(UUID source, UUID target, Instant at, String actor) {
    jdbc.sql("UPDATE filing_party SET party_id = :target WHERE party_id = :source")
        .param("target", target)
        .param("source", source)
        .update();
    jdbc.sql("UPDATE party SET merged_into = :target WHERE merged_into = :source")
        .param("target", target)
        .param("source", source)
        .update();
    jdbc.sql(
            "UPDATE party SET merged_into = :target, merged_at = :at, merged_by = :actor"
                + " WHERE id = :source")
        .param("target", target)
        .param("at", Timestamp.from(at))
        .param("actor", actor)
        .param("source", source)
        .update();
  }

  void adoptGlobalId(UUID target, String scheme, String globalId) {
    jdbc.sql("UPDATE party SET global_id_scheme = :scheme, global_id = :gid WHERE id = :id")
        .param("scheme", scheme)
        .param("gid", globalId)
        .param("id", target)
        .update();
  }

  /** Standing pairs of one country whose names are trigram-similar, most alike first. */
  List<DuplicateCandidate> duplicates(double threshold, int limit) {
    return jdbc.sql(
            """
            SELECT a.id AS a_id, b.id AS b_id,
                   similarity(a.normalised_name, b.normalised_name) AS name_sim,
                   similarity(a.normalised_address, b.normalised_address) AS address_sim
              FROM party a
              JOIN party b ON a.id < b.id
                          AND a.country IS NOT DISTINCT FROM b.country
                          AND a.normalised_name % b.normalised_name
             WHERE a.merged_into IS NULL AND b.merged_into IS NULL
               AND NOT (a.global_id IS NOT NULL AND b.global_id IS NOT NULL
                        AND (a.global_id_scheme, a.global_id)
                            IS DISTINCT FROM (b.global_id_scheme, b.global_id))
               AND 0.7 * similarity(a.normalised_name, b.normalised_name)
                 + 0.3 * similarity(a.normalised_address, b.normalised_address) >= :threshold
             ORDER BY 0.7 * similarity(a.normalised_name, b.normalised_name)
                    + 0.3 * similarity(a.normalised_address, b.normalised_address) DESC,
                      a.id, b.id
             LIMIT :limit
            """)
        .param("threshold", threshold)
        .param("limit", limit)
        .query(
            (row, n) -> {
              double name = row.getDouble("name_sim");
              double address = row.getDouble("address_sim");
              return new DuplicateCandidate(
                  find(UUID.fromString(row.getString("a_id"))).orElseThrow(),
                  find(UUID.fromString(row.getString("b_id"))).orElseThrow(),
                  Math.round((0.7 * name + 0.3 * address) * 1000) / 1000.0,
                  Math.round(name * 1000) / 1000.0,
                  Math.round(address * 1000) / 1000.0);
            })
        .list();
  }

  private static Party map(ResultSet row, int n) throws SQLException {
    String merged = row.getString("merged_into");
    return new Party(
        UUID.fromString(row.getString("id")),
        row.getString("party_number"),
        row.getString("name"),
        row.getString("country"),
        row.getString("address"),
        row.getString("kind"),
        row.getString("global_id_scheme"),
        row.getString("global_id"),
        merged == null ? null : UUID.fromString(merged),
        row.getTimestamp("created_at").toInstant());
  }
}
