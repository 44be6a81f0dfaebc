package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ipflow.platform.filing.St96Requests.DESIGN;
import static org.ipflow.platform.filing.St96Requests.TRADEMARK;
import static org.ipflow.platform.filing.St96Requests.sample;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.ipflow.formats.St96Writer;
import org.ipflow.platform.filing.St96Requests.Part;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Exports of every right: ST.96 XML valid against the official V6.0 schema (checked here, with the
 * schema loaded by the test), its detached XAdES seal verifying against exactly the exported bytes,
 * ST.97-style JSON and legal-status events; for the filer and the office's staff only.
 */
@PlatformTest
class St96ExportIT {

  @LocalServerPort int port;
  @Autowired SignatureValidator validator;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void trademarkExportsValidateAndCarryTheOfficeSeal() {
    String id = filed(St96Requests.xml(api, "?ipRight=TRADEMARK", alice(), sample(TRADEMARK)));

    byte[] xml = exportsOf(id, "TrademarkApplication_V6_0.xsd", "TrademarkApplication");

    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).contains("BLUE HERON").contains("Heron Software GmbH").contains(">Word<");
    assertThat(st97(id).path("TrademarkApplication").path("TrademarkBag").path("Trademark"))
        .isNotEmpty();
    JsonNode legalStatus = legalStatusJson(id);
    assertThat(legalStatus.toString()).contains("TrademarkLegalStatusData").contains("A12");
    assertThat(legalStatusXml(id).status()).isEqualTo(406);
  }

  @Test
  void designExportsNameTheViewsTheOfficeHolds() {
    String id =
        filed(
            St96Requests.multipart(
                api,
                "?ipRight=DESIGN",
                alice(),
                List.of(
                    Part.xml("DesignApplication", sample(DESIGN)),
                    new Part("view1", "chair-front.png", "image/png", Filings.PNG),
                    new Part("view2", "chair-side.png", "image/png", Filings.PNG))));

    byte[] xml = exportsOf(id, "DesignApplication_V6_0.xsd", "DesignApplication");

    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("chair-front.png")
        .contains("chair-side.png")
        .doesNotContain("table-top.png")
        .contains("Chaise")
        .contains("Table basse");
    assertThat(st97(id).path("DesignApplication").path("DesignBag").path("Design")).hasSize(2);
    assertThat(legalStatusJson(id).toString()).contains("DesignLegalStatusData");
    assertThat(legalStatusXml(id).status()).isEqualTo(406);
  }

  @Test
  void patentAndUtilityModelExportAsPatentPublicationsWithLegalStatusXml() {
    for (String right : List.of("PATENT", "UTILITY_MODEL")) {
      String id =
          filed(
              St96Requests.multipart(
                  api, "?ipRight=" + right, alice(), St96Requests.patentParts()));

      byte[] xml = exportsOf(id, "PatentPublication_V6_0.xsd", "PatentPublication");

      String text = new String(xml, StandardCharsets.UTF_8);
      assertThat(text)
          .as(right)
          .contains("Coffee machine with a milk frother")
          .contains("A coffee machine comprising a steam wand.")
          .contains("A47J 31/44");
      assertThat(st97(id).path("PatentPublication").path("BibliographicData")).isNotEmpty();
      Api.Response legalStatus = legalStatusXml(id);
      assertThat(legalStatus.status()).as(legalStatus.toString()).isEqualTo(200);
      assertThat(legalStatus.contentType()).startsWith("application/xml");
      validateAgainstOfficialSchema(legalStatus.bytes(), "PatentLegalStatusData_V6_0.xsd");
      new St96Writer().validate(legalStatus.bytes());
      assertThat(rootOf(legalStatus.bytes())).isEqualTo("PatentLegalStatusData");
      String status = new String(legalStatus.bytes(), StandardCharsets.UTF_8);
      assertThat(status).contains("A12");
      if (right.equals("UTILITY_MODEL")) {
        assertThat(status).contains("Utility model");
      }
      assertThat(legalStatusJson(id).toString()).contains("PatentLegalStatusData");
    }
  }

  @Test
  void aRegisteredDesignIsExportedWithItsRegistrationAndItsLegalStatusEvents() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("ipRight", "DESIGN");
    request.put("languageOfProceedings", "en");
    request.put(
        "applicant",
        Map.of("name", "Helvetia Chairs AG", "country", "CH", "address", "Rue du Lac 2, Genève"));
    request.put("designs", List.of(Map.of("productIndication", "Chair", "locarnoClass", "06-01")));
    request.put(
        "documents",
        List.of(
            Map.of(
                "kind", "DESIGN_REPRESENTATION",
                "fileName", "chair.png",
                "mediaType", "image/png",
                "content", Base64.getEncoder().encodeToString(Filings.PNG))));
    BigDecimal fee = Filings.dueToday("DESIGN", "LEGAL_ENTITY", 1);
    request.put("payment", Filings.payment(fee));
    Api.Response filed = api.postJson("/api/v1/filings", alice(), request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();

    JsonNode filing =
        awaitFiling(
            id,
            f ->
                f.path("status").asString().equals("REGISTERED") && names(f).contains("PUBLISHED"));

    byte[] xml = exportsOf(id, "DesignApplication_V6_0.xsd", "DesignApplication");
    String text = new String(xml, StandardCharsets.UTF_8);
    String number = filing.path("registration").path("number").asString();
    assertThat(text).contains(number).contains("chair.png");
    String legalStatus = legalStatusJson(id).toString();
    assertThat(legalStatus).contains("REGISTERED").contains("PUBLISHED").contains("F10");
  }

  @Test
  void exportsExistOnlyForTheFilerAndTheOfficesStaff() {
    String id = filed(St96Requests.xml(api, "?ipRight=TRADEMARK", alice(), sample(TRADEMARK)));

    for (String export : List.of("st96", "st96/signature", "st97", "legal-status")) {
      String path = "/api/v1/filings/" + id + "/" + export;
      Api.Response stranger = api.get(path, Tokens.of("bob"));
      assertThat(stranger.status()).as(export + " " + stranger).isEqualTo(404);
      assertThat(stranger.contentType()).isEqualTo("application/problem+json");
      assertThat(stranger.json().path("type").asString()).isEqualTo("urn:ipflow:problem:not-found");
      assertThat(api.get(path, Tokens.of("erin")).status()).as(export).isEqualTo(200);
      assertThat(api.get(path, null).status()).as(export).isEqualTo(401);
    }
    Api.Response unknown =
        api.get("/api/v1/filings/" + java.util.UUID.randomUUID() + "/st96", alice());
    assertThat(unknown.status()).isEqualTo(404);
  }

  @Test
  void aSignatureAskedForWithAnOutdatedETagIsRefused() {
    String id = filed(St96Requests.xml(api, "?ipRight=TRADEMARK", alice(), sample(TRADEMARK)));

    Api.Response refused =
        api.send(
            api.builder("/api/v1/filings/" + id + "/st96/signature", alice())
                .header("If-Match", "\"0000\"")
                .GET()
                .build());

    assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.json().path("type").asString())
        .isEqualTo("urn:ipflow:problem:export-changed");
  }

  // --- helpers

  /**
   * The ST.96 export: valid against the official schema, the same bytes on every request, and
   * sealed by a detached signature that verifies against exactly those bytes.
   */
  private byte[] exportsOf(String id, String schema, String root) {
    Api.Response export = api.get("/api/v1/filings/" + id + "/st96", alice());
    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("application/xml");
    byte[] xml = export.bytes();
    validateAgainstOfficialSchema(xml, schema);
    new St96Writer().validate(xml);
    assertThat(rootOf(xml)).isEqualTo(root);
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains(applicationNumber(id))
        .doesNotContain("00000000000000<");

    Api.Response again = api.get("/api/v1/filings/" + id + "/st96", Tokens.of("erin"));
    assertThat(again.bytes()).as("deterministic").isEqualTo(xml);
    assertThat(again.header("ETag")).isEqualTo(export.header("ETag")).isNotBlank();

    Api.Response signature =
        api.send(
            api.builder("/api/v1/filings/" + id + "/st96/signature", alice())
                .header("If-Match", export.header("ETag"))
                .GET()
                .build());
    assertThat(signature.status()).as(signature.toString()).isEqualTo(200);
    assertThat(signature.contentType()).startsWith("application/xml");
    ValidationResult result = validator.validateDetached(signature.bytes(), xml, null);
    assertThat(result.signed()).isTrue();
    assertThat(result.indication()).as(result.toString()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).startsWith("XAdES-BASELINE");
    assertThat(result.signerName()).contains("Office Seal");

    byte[] tampered = new String(xml, StandardCharsets.UTF_8).replace("XX", "XY").getBytes();
    assertThat(validator.validateDetached(signature.bytes(), tampered, null).indication())
        .isNotEqualTo(ValidationResult.TOTAL_PASSED);
    return xml;
  }

  private String applicationNumber(String id) {
    return api.get("/api/v1/filings/" + id, alice()).json().path("applicationNumber").asString();
  }

  private JsonNode st97(String id) {
    Api.Response response = api.get("/api/v1/filings/" + id + "/st97", alice());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response.json();
  }

  private JsonNode legalStatusJson(String id) {
    Api.Response response = api.get("/api/v1/filings/" + id + "/legal-status", alice());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    return response.json();
  }

  private Api.Response legalStatusXml(String id) {
    return api.send(
        api.builder("/api/v1/filings/" + id + "/legal-status", alice())
            .header("Accept", "application/xml")
            .GET()
            .build());
  }

  private String filed(java.net.http.HttpRequest request) {
    Api.Response filed = api.send(request);
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    // The history then has more than the receipt: the filing date is accorded.
    awaitFiling(id, f -> names(f).contains("filing-date-requirements"));
    return id;
  }

  private JsonNode awaitFiling(String id, Predicate<JsonNode> condition) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              last[0] = api.get("/api/v1/filings/" + id, alice()).json();
              return condition.test(last[0]);
            });
    return last[0];
  }

  private static List<String> names(JsonNode filing) {
    List<String> names = new ArrayList<>();
    filing.path("timeline").forEach(e -> names.add(e.path("name").asString()));
    return names;
  }

  /** Validates with the official schema, loaded here from the formats module's copy. */
  private static void validateAgainstOfficialSchema(byte[] xml, String schema) {
    try {
      URL url = St96Writer.class.getClassLoader().getResource("st96/" + schema);
      assertThat(url).as(schema).isNotNull();
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      var validator = factory.newSchema(url).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (Exception e) {
      throw new AssertionError(
          "not valid against " + schema + ": " + e.getMessage() + "\n" + new String(xml), e);
    }
  }

  private static String rootOf(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml))
          .getDocumentElement()
          .getLocalName();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String alice() {
    return Tokens.of("alice");
  }
}
