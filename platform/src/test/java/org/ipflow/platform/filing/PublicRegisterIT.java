package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
import tools.jackson.databind.JsonNode;

/**
 * Anyone, without logging in, finds published filings and reads their published data and documents;
 * unpublished filings, closed documents and confidential personal data stay out.
 */
@PlatformTest
class PublicRegisterIT {

  @LocalServerPort int port;
  @Autowired FilingService filings;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void anyoneFindsAPublishedFilingAndReadsItsPublishedDataButNoConfidentialField() {
    String word = "ORCHIDEA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    JsonNode published = file(word + " PUBLIC");
    JsonNode unpublished = file(word + " HIDDEN");
    String number = published.path("applicationNumber").asString();
    Publication.publishWhenTheProcedureWaits(
        filings, UUID.fromString(published.path("id").asString()));

    JsonNode found = search("text=" + word);
    assertThat(found.path("items")).hasSize(1);
    JsonNode entry = found.path("items").get(0);
    assertThat(entry.path("applicationNumber").asString()).isEqualTo(number);
    assertThat(entry.path("mark").path("text").asString()).isEqualTo(word + " PUBLIC");
    assertThat(entry.path("owner").path("name").asString()).isEqualTo("Ada Orchid");
    assertThat(entry.path("owner").path("email").isNull()).as("email withheld").isTrue();
    assertThat(entry.path("owner").path("address").isNull())
        .as("a natural person's address is withheld")
        .isTrue();
    assertThat(entry.path("publishedAt").asString()).isNotBlank();
    assertThat(entry.path("documents").valueStream().map(d -> d.path("kind").asString()))
        .containsExactly("MARK_REPRESENTATION");

    assertThat(search("owner=ada orchid&niceClass=14&status=published").path("items"))
        .extracting(i -> i.path("applicationNumber").asString())
        .contains(number);
    assertThat(search("text=" + word + "&niceClass=3").path("items")).isEmpty();
    assertThat(search("number=" + number).path("items")).hasSize(1);

    Api.Response read = api.get("/api/v1/register/" + number, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("applicationNumber").asString()).isEqualTo(number);
    Api.Response hidden =
        api.get("/api/v1/register/" + unpublished.path("applicationNumber").asString(), null);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.contentType()).startsWith("application/problem+json");
  }

  @Test
  void publishedDocumentsAreOpenAndEveryOtherDocumentOfTheFilingIsNot() {
    JsonNode published = file("OPEN DOCUMENT " + UUID.randomUUID().toString().substring(0, 6));
    UUID id = UUID.fromString(published.path("id").asString());
    String number = published.path("applicationNumber").asString();
    filings.publish(id, "Application", FilingStatus.PUBLISHED, "test");
    api.awaitReceipt(id.toString(), Tokens.of("alice"));

    JsonNode all = api.get("/api/v1/filings/" + id, Tokens.of("alice")).json().path("documents");
    String mark = idOf(all, "MARK_REPRESENTATION");
    String receipt = idOf(all, "FILING_RECEIPT");

    Api.Response image = api.get("/api/v1/register/" + number + "/documents/" + mark, null);
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.bytes()).isNotEmpty();
    assertThat(api.get("/api/v1/register/" + number + "/documents/" + receipt, null).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/register/" + number + "/documents/" + UUID.randomUUID(), null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void badSearchParametersAreProblemsNamingTheParameter() {
    for (String query :
        new String[] {"size=0", "size=101", "page=-1", "niceClass=46", "status=MAYBE"}) {
      Api.Response response = api.get("/api/v1/register?" + query, null);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.json().path("detail").asString())
          .as(query)
          .contains("'" + query.substring(0, query.indexOf('=')) + "'");
    }
  }

  private JsonNode file(String mark) {
    Map<String, Object> request = Filings.deficientTrademark(mark);
    Map<String, Object> applicant = new LinkedHashMap<>();
    applicant.put("name", "Ada Orchid");
    applicant.put("country", "XQ");
    applicant.put("address", "Orchid Lane 7, Somewhere");
    applicant.put("email", "ada@orchid.example");
    applicant.put("kind", "NATURAL_PERSON");
    request.put("applicant", applicant);
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json();
  }

  private JsonNode search(String query) {
    String encoded = query.replace(" ", "%20");
    Api.Response response = api.get("/api/v1/register?" + encoded, null);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static String idOf(JsonNode documents, String kind) {
    return documents
        .valueStream()
        .filter(d -> d.path("kind").asString().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + documents))
        .path("id")
        .asString();
  }
}
