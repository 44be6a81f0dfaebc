package org.ipflow.platform.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Applicants are party records with an optional global identifier; without one, likely duplicates
 * are proposed to an admin, who merges them, and the filings follow the merge.
 */
@PlatformTest
class PartyIT {

  private static final String LEI = "529900T8BM49AURSDO55";
  private static final String OTHER_LEI = "HWUPKR0MPOU8FGXBT394";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void likelyDuplicatesAreProposedAndAMergeMovesTheFilingsOfOneToTheOther() {
    String first =
        file(
            "alice",
            "ZEPHYRION ONE",
            applicant("Zephyrion Quarzwerk GmbH", "DE", "Hauptstrasse 5, 10115 Berlin", null));
    String second =
        file(
            "bob",
            "ZEPHYRION TWO",
            applicant("ZEPHYRION QUARZWERK", "DE", "Hauptstraße 5, Berlin", null));
    UUID firstParty = applicantParty(first);
    UUID secondParty = applicantParty(second);
    assertThat(firstParty).isNotEqualTo(secondParty);

    JsonNode pair = proposedPair(firstParty, secondParty);
    assertThat(pair).as("the two Zephyrion parties are proposed").isNotNull();
    assertThat(pair.path("score").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(pair.path("nameSimilarity").asDouble()).isEqualTo(1.0);

    Api.Response merged = merge(secondParty, firstParty);
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().path("party").path("id").asString()).isEqualTo(firstParty.toString());
    assertThat(merged.json().path("filings").valueStream().map(f -> f.path("filingId").asString()))
        .containsExactlyInAnyOrder(first, second);
    assertThat(merged.json().path("merged").get(0).path("id").asString())
        .isEqualTo(secondParty.toString());
    assertThat(applicantParty(second)).isEqualTo(firstParty);

    // Bob's filing says so in its timeline; the pair is no longer proposed.
    JsonNode timeline =
        api.get("/api/v1/filings/" + second, Tokens.of("bob")).json().path("timeline");
    assertThat(timeline.valueStream().map(e -> e.path("summary").asString()))
        .anyMatch(s -> s.contains("merged into") && s.contains("Zephyrion Quarzwerk GmbH"));
    assertThat(proposedPair(firstParty, secondParty)).isNull();

    // The merged party's record still answers, pointing to where it went.
    JsonNode gone = api.get("/api/v1/parties/" + secondParty, Tokens.of("adam")).json();
    assertThat(gone.path("party").path("mergedInto").asString()).isEqualTo(firstParty.toString());
    // Nothing merges twice, nor into itself, nor into what does not exist.
    assertProblem(merge(secondParty, firstParty), 409, "party-already-merged");
    assertProblem(merge(firstParty, firstParty), 422, "invalid-merge");
    assertProblem(merge(firstParty, UUID.randomUUID()), 404, "not-found");
  }

  @Test
  void theSameLeiIsTheSamePartyAndTheOfficesPartyNumberFindsItAgain() {
    String first =
        file("alice", "LEI FIRST", applicant("Orbis Lumen SA", "CH", "Genève", gid("LEI", LEI)));
    String second =
        file(
            "agnes",
            "LEI SECOND",
            applicant("ORBIS LUMEN (Suisse)", "CH", "Lausanne", gid("lei", LEI)));
    UUID party = applicantParty(first);
    assertThat(applicantParty(second)).isEqualTo(party);

    String number =
        api.get("/api/v1/parties/" + party, Tokens.of("adam"))
            .json()
            .path("party")
            .path("partyNumber")
            .asString();
    assertThat(number).matches("[A-Z]{2}-P-\\d{9}");
    String third =
        file(
            "alice",
            "BY PARTY NUMBER",
            applicant("Orbis Lumen", "CH", "Genève", gid("OFFICE", number)));
    assertThat(applicantParty(third)).isEqualTo(party);
  }

  @Test
  void partiesWithDifferentLeisAreNeitherProposedNorMerged() {
    String first =
        file(
            "alice",
            "TWIN ONE",
            applicant("Gemini Twinworks AG", "CH", "Bern", gid("LEI", "5493001KJTIIGC8Y1R12")));
    String second =
        file(
            "bob",
            "TWIN TWO",
            applicant("Gemini Twinworks AG", "CH", "Bern", gid("LEI", OTHER_LEI)));
    UUID a = applicantParty(first);
    UUID b = applicantParty(second);
    assertThat(a).isNotEqualTo(b);
    assertThat(proposedPair(a, b)).isNull();
    assertProblem(merge(a, b), 409, "conflicting-global-ids");
  }

  @Test
  void aMalformedOrUnacceptedIdentifierRefusesTheFilingAndStoresNothing() {
    assertRefused(gid("LEI", "529900T8BM49AURSDO56"), "/applicant/globalId/value");
    assertRefused(gid("DUNS", "150483782"), "/applicant/globalId/scheme");
    assertRefused(gid("OFFICE", "XX-P-999999999"), "/applicant/globalId/value");
  }

  private void assertRefused(Map<String, Object> globalId, String pointer) {
    String mark = "REFUSED " + UUID.randomUUID();
    Map<String, Object> request = Filings.completeTrademark(mark);
    request.put("applicant", applicant("Refused Holdings Ltd", "GB", "London", globalId));
    Api.Response response = api.postJson("/api/v1/filings", Tokens.of("alice"), request);
    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().path("errors").get(0).path("pointer").asString()).isEqualTo(pointer);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM filing WHERE mark_text = ?", Long.class, mark))
        .isZero();
  }

  private String file(String user, String mark, Map<String, Object> applicant) {
    Map<String, Object> request = Filings.completeTrademark(mark);
    request.put("applicant", applicant);
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of(user), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json().path("id").asString();
  }

  private static Map<String, Object> applicant(
      String name, String country, String address, Map<String, Object> globalId) {
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("name", name);
    applicant.put("country", country);
    applicant.put("address", address);
    if (globalId != null) {
      applicant.put("globalId", globalId);
    }
    return applicant;
  }

  private static Map<String, Object> gid(String scheme, String value) {
    return Map.of("scheme", scheme, "value", value);
  }

  private UUID applicantParty(String filingId) {
    return jdbc.queryForObject(
        "SELECT party_id FROM filing_party WHERE filing_id = ?::uuid AND role = 'APPLICANT'",
        UUID.class,
        filingId);
  }

  private JsonNode proposedPair(UUID a, UUID b) {
    Api.Response response = api.get("/api/v1/parties/duplicates?limit=500", Tokens.of("adam"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> wanted = List.of(a.toString(), b.toString());
    return response
        .json()
        .valueStream()
        .filter(
            p ->
                wanted.contains(p.path("first").path("id").asString())
                    && wanted.contains(p.path("second").path("id").asString()))
        .findFirst()
        .orElse(null);
  }

  private Api.Response merge(UUID source, UUID target) {
    return api.postJson(
        "/api/v1/parties/" + source + "/merge",
        Tokens.of("adam"),
        Map.of("into", target.toString()));
  }

  private static void assertProblem(Api.Response response, int status, String type) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.json().path("type").asString()).endsWith(type);
  }
}
