package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and its browsable UI are public and describe the filing API. */
@PlatformTest
class OpenApiIT {

  @LocalServerPort int port;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void theOpenApiDocumentDescribesTheFilingApiWithoutAToken() {
    Api.Response response = api.get("/v3/api-docs", null);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode doc = response.json();
    assertThat(doc.path("openapi").asString()).startsWith("3.");
    assertThat(doc.path("info").path("title").asString()).isEqualTo("IPFlow API");
    assertThat(doc.path("info").path("version").asString()).isEqualTo("v1");
    assertThat(doc.path("info").path("description").asString())
        .contains("ISO 8601")
        .contains("problem+json");

    JsonNode paths = doc.path("paths");
    assertThat(names(paths)).allMatch(p -> p.startsWith("/api/"));
    JsonNode file = paths.path("/api/v1/filings").path("post");
    assertThat(names(file.path("requestBody").path("content")))
        .contains("application/json", "application/xml", "multipart/form-data");
    assertThat(texts(file.path("tags"))).containsExactly("Filings");
    assertThat(file.path("operationId").asString()).isEqualTo("file");
    assertThat(texts(file.path("parameters").findValues("name").stream().toList()))
        .contains("ipRight");
    assertThat(file.path("responses").has("201")).isTrue();
    JsonNode invalid = file.path("responses").path("400").path("content");
    assertThat(names(invalid)).containsExactly("application/problem+json");
    assertThat(invalid.path("application/problem+json").path("schema").path("$ref").asString())
        .isEqualTo("#/components/schemas/Problem");
    assertThat(names(paths.path("/api/v1/filings/{id}"))).contains("get");
    for (String export : List.of("st96", "st96/signature", "st97", "legal-status")) {
      JsonNode get = paths.path("/api/v1/filings/{id}/" + export).path("get");
      assertThat(get.isMissingNode()).as(export).isFalse();
      assertThat(texts(get.path("tags"))).as(export).containsExactly("Exports");
      assertThat(names(get.path("responses"))).as(export).contains("200", "401", "404");
    }
    assertThat(paths.path("/api/v1/tasks").path("get").path("tags").get(0).asString())
        .isEqualTo("Examination");

    JsonNode bearer = doc.path("components").path("securitySchemes").path("bearer");
    assertThat(bearer.path("type").asString()).isEqualTo("http");
    assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
    assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
    assertThat(doc.path("security").toString()).contains("bearer");
    JsonNode problem = doc.path("components").path("schemas").path("Problem");
    assertThat(names(problem.path("properties")))
        .contains("type", "title", "status", "detail", "errors");
  }

  @Test
  void theBrowsableUiIsServedWithoutAToken() {
    Api.Response entry = api.get("/swagger-ui.html", null);
    assertThat(entry.status()).as(entry.toString()).isIn(200, 302);

    Api.Response ui = api.get("/swagger-ui/index.html", null);
    assertThat(ui.status()).as(ui.toString()).isEqualTo(200);
    assertThat(ui.contentType()).startsWith("text/html");
    assertThat(new String(ui.bytes())).containsIgnoringCase("swagger");

    Api.Response config = api.get("/v3/api-docs/swagger-config", null);
    assertThat(config.status()).as(config.toString()).isEqualTo(200);
  }

  @Test
  void theApiItselfStillNeedsAToken() {
    assertThat(api.get("/api/v1/tasks", null).status()).isEqualTo(401);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static List<String> texts(List<JsonNode> nodes) {
    return nodes.stream().map(JsonNode::asString).toList();
  }
}
