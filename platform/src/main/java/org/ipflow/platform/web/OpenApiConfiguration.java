package org.ipflow.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document of the API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html},
 * both public): title, version and conventions, the bearer-token security scheme of the Keycloak
 * realm, tags per resource, and RFC 9457 {@code application/problem+json} documented for every
 * error response. Only {@code /api/**} is described.
 */
@Configuration
class OpenApiConfiguration {

  static final String BEARER = "bearer";
  static final String KEYCLOAK = "keycloak";
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  private static final String DESCRIPTION =
      """
      The API of IPFlow, the digital procedure of an Intellectual Property Office: file trade \
      marks, designs, patents and utility models (JSON, or WIPO ST.96 V6.0 XML validated against \
      the official schemas), follow them, answer notices, pay, oppose, examine, and export \
      filings in WIPO formats (ST.96 XML with the office's detached XAdES seal, ST.97-style \
      JSON, legal-status events coded with ST.27 / ST.87 / ST.88).

      Conventions, the same throughout:
      - **Versioning** by path: `/api/v1`; a breaking change gets a new version beside it.
      - **Resources** are plural nouns (`/filings`, `/oppositions`, `/tasks`) identified by \
      UUIDs; sub-resources name what they hold (`/filings/{id}/documents`, `/st96`, \
      `/legal-status`).
      - **Dates and times** are ISO 8601 (`2026-05-31`, `2026-05-31T09:15:00Z`); filing dates \
      are dates of receipt in the office's time zone. Application numbers follow WIPO ST.13.
      - **Filtering** is by query parameters named after the field (`GET /tasks?filingId=`).
      - **Errors** are RFC 9457 `application/problem+json` with a stable `type` \
      (`urn:ipflow:problem:<slug>`, e.g. `invalid-filing`, `invalid-st96`, `invalid-ip-right`, \
      `malformed-request`, `payload-too-large`, `unsupported-media-type`, `unauthorized`, \
      `forbidden`, `not-found`) and, for invalid input, an `errors` list (JSON Pointers for JSON \
      bodies; part, line and column for ST.96 documents). Bad input never stores anything.
      - **Access**: a bearer access token of the office's Keycloak realm. A filing exists only \
      for the applicant who filed it and the office's staff (404 to anyone else).
      - Request bodies are limited to 8 MB (413 above).
      """;

  @Bean
  OpenAPI ipflowOpenApi(
      @Value("${ipflow.keycloak.url:}") String keycloakUrl,
      @Value("${ipflow.keycloak.realm:ipflow}") String realm) {
    Components components =
        new Components()
            .addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .bearerFormat("JWT")
                    .description(
                        "An access token of the Keycloak realm '"
                            + realm
                            + "' (audience ipflow-api), from its token endpoint"
                            + " /realms/"
                            + realm
                            + "/protocol/openid-connect/token."))
            .addSchemas(PROBLEM, problemSchema());
    OpenAPI api =
        new OpenAPI()
            .info(
                new Info()
                    .title("IPFlow API")
                    .version("v1")
                    .description(DESCRIPTION)
                    .license(new License().name("Open source: see the project's licence")))
            .components(components)
            .addSecurityItem(new SecurityRequirement().addList(BEARER))
            .tags(
                List.of(
                    new Tag()
                        .name("Filings")
                        .description(
                            "File an application (JSON or ST.96 XML), read it, answer notices,"
                                + " pay, submit observations."),
                    new Tag()
                        .name("Exports")
                        .description(
                            "A filing in WIPO formats: ST.96 XML and its detached seal, ST.97"
                                + " JSON, legal-status events."),
                    new Tag().name("Oppositions").description("Oppositions against marks."),
                    new Tag()
                        .name("Examination")
                        .description("Examiners' tasks and their decisions."),
                    new Tag()
                        .name("Signatures")
                        .description(
                            "Validation of the signatures of a document the caller presents,"
                                + " e.g. one the office issued.")));
    if (keycloakUrl != null && !keycloakUrl.isBlank()) {
      String base = keycloakUrl.replaceAll("/+$", "") + "/realms/" + realm;
      components.addSecuritySchemes(
          KEYCLOAK,
          new SecurityScheme()
              .type(SecurityScheme.Type.OAUTH2)
              .description("Keycloak realm '" + realm + "' (OpenID Connect)")
              .flows(
                  new OAuthFlows()
                      .authorizationCode(
                          new OAuthFlow()
                              .authorizationUrl(base + "/protocol/openid-connect/auth")
                              .tokenUrl(base + "/protocol/openid-connect/token")
                              .scopes(new io.swagger.v3.oas.models.security.Scopes()))));
    }
    return api;
  }

  /** Tags, problem responses and the scope of the document. */
  @Bean
  OpenApiCustomizer ipflowApiConventions() {
    return api -> {
      if (api.getPaths() == null) {
        return;
      }
      api.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
      // Added here, not with the base document: springdoc drops component schemas that nothing
      // references before the customizers run.
      if (api.getComponents() == null) {
        api.setComponents(new Components());
      }
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      PathItem filings = api.getPaths().get("/api/v1/filings");
      if (filings != null && filings.getPost() != null) {
        describeFiling(filings.getPost());
      }
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> conventions(path, method, operation)));
    };
  }

  private static void conventions(String path, PathItem.HttpMethod method, Operation operation) {
    // springdoc names a controller's default tag after its class; the API's tags are its resources
    List<String> tags =
        operation.getTags() == null
            ? List.of()
            : operation.getTags().stream().filter(t -> !t.endsWith("-controller")).toList();
    operation.setTags(tags.isEmpty() ? List.of(tag(path)) : tags);
    if (operation.getSecurity() == null) {
      operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
    }
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    Map<String, String> problems = new LinkedHashMap<>();
    boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
    if (body || path.contains("{")) {
      problems.put("400", "Invalid or malformed request");
    }
    problems.put("401", "No valid bearer token");
    problems.put("403", "The caller's role does not allow this request");
    if (path.contains("{")) {
      problems.put("404", "No such resource, or not visible to the caller");
    }
    if (body) {
      problems.put("409", "Conflict with the current state");
      problems.put("413", "Request body larger than the limit");
      problems.put("415", "Unsupported content type");
    }
    if (path.endsWith("/st96/signature")) {
      problems.put("412", "The export changed since the ETag given in If-Match");
    }
    if (path.endsWith("/legal-status")) {
      problems.put("406", "XML asked for a right without an ST.96 legal-status document");
    }
    problems.put("500", "Internal error; nothing was stored");
    problems.forEach(
        (status, description) -> {
          ApiResponse response = operation.getResponses().get(status);
          if (response == null) {
            response = new ApiResponse().description(description);
            operation.getResponses().addApiResponse(status, response);
          }
          if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(description);
          }
          response.setContent(
              new Content()
                  .addMediaType(
                      PROBLEM_JSON,
                      new MediaType()
                          .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        });
    // Error responses the general exception handlers contributed keep only problem+json.
    operation
        .getResponses()
        .forEach(
            (status, response) -> {
              if ((status.startsWith("4") || status.startsWith("5"))
                  && response.getContent() != null
                  && !response.getContent().containsKey(PROBLEM_JSON)) {
                response.setContent(
                    new Content()
                        .addMediaType(
                            PROBLEM_JSON,
                            new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
              }
            });
  }

  /**
   * {@code POST /api/v1/filings} is one operation with three kinds of body (JSON, ST.96 XML, ST.96
   * documents as multipart), which springdoc merges from three handler methods.
   */
  private static void describeFiling(Operation post) {
    post.setOperationId("file");
    post.setSummary("File an application of any right");
    post.setDescription(
        "One resource, three kinds of body. **application/json**: the right's parts in IPFlow's"
            + " JSON shape, ipRight in the body. **application/xml** (or text/xml) with"
            + " ?ipRight=TRADEMARK or DESIGN: one ST.96 V6.0 document (tmk:TrademarkApplication,"
            + " dgn:DesignApplication) validated against the official schema. **multipart/form-data**"
            + " with ?ipRight=: parts BibliographicData and ApplicationBody (PATENT,"
            + " UTILITY_MODEL) or TrademarkApplication / DesignApplication, plus the files the XML"
            + " references by file name (PNG, JPEG, PDF). The right is the caller's, never"
            + " guessed from the XML; the XML's root must be the right's. Its application number"
            + " is a placeholder: the office numbers (WIPO ST.13) and dates the filing on receipt."
            + " DOCTYPEs (and so DTDs and entities) are refused; bodies are limited to 8 MB. The"
            + " ST.96 documents are kept with the filing as filed. Invalid ST.96 gives 400"
            + " urn:ipflow:problem:invalid-st96 with part, line, column and message per problem;"
            + " a missing or unknown ipRight 400 urn:ipflow:problem:invalid-ip-right.");
    if (post.getRequestBody() != null && post.getRequestBody().getContent() != null) {
      for (String xml : List.of("application/xml", "text/xml")) {
        MediaType media = post.getRequestBody().getContent().get(xml);
        if (media != null) {
          media.setSchema(
              new StringSchema().description("An ST.96 V6.0 XML document (UTF-8 by default)"));
        }
      }
    }
  }

  private static String tag(String path) {
    if (path.startsWith("/api/v1/tasks")) {
      return "Examination";
    }
    if (path.startsWith("/api/v1/oppositions") || path.endsWith("/oppositions")) {
      return "Oppositions";
    }
    if (path.endsWith("/st96")
        || path.endsWith("/st96/signature")
        || path.endsWith("/st97")
        || path.endsWith("/legal-status")) {
      return "Exports";
    }
    return "Filings";
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    ObjectSchema error = new ObjectSchema();
    error.description(
        "One problem: for JSON bodies a JSON Pointer and what is wrong; for ST.96 documents the"
            + " part (document), line, column and message.");
    error.addProperty(
        "pointer", new StringSchema().description("JSON Pointer (RFC 6901) to the value"));
    error.addProperty("detail", new StringSchema().description("What is wrong with it"));
    error.addProperty(
        "part",
        new StringSchema()
            .description("The ST.96 document or attached file (the request part) it is in"));
    error.addProperty("line", new IntegerSchema().description("1-based line, where known"));
    error.addProperty("column", new IntegerSchema().description("1-based column, where known"));
    error.addProperty("message", new StringSchema().description("What is wrong (ST.96)"));
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details");
    problem.addProperty(
        "type",
        new StringSchema()
            .format("uri")
            .description("Stable problem type: urn:ipflow:problem:<slug>")
            .example("urn:ipflow:problem:invalid-filing"));
    problem.addProperty("title", new StringSchema().description("Short summary of the type"));
    problem.addProperty("status", new IntegerSchema().description("The HTTP status code"));
    problem.addProperty("detail", new StringSchema().description("What happened, for people"));
    problem.addProperty(
        "instance", new StringSchema().format("uri-reference").description("The request path"));
    problem.addProperty("errors", new ArraySchema().items(error));
    problem.required(List.of("type", "title", "status"));
    return problem;
  }
}
