package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipflow.platform.filing.St96Requests.APPLICATION_BODY;
import static org.ipflow.platform.filing.St96Requests.BIBLIOGRAPHIC_DATA;
import static org.ipflow.platform.filing.St96Requests.DESIGN;
import static org.ipflow.platform.filing.St96Requests.TRADEMARK;
import static org.ipflow.platform.filing.St96Requests.sample;
import static org.ipflow.platform.filing.St96Requests.sampleText;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ipflow.platform.filing.St96Requests.Part;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Filing with WIPO ST.96 XML: each right is received like a JSON filing (201, the office's own
 * ST.13 number and date), with the right the caller names; every bad input is a 4xx problem and
 * stores nothing.
 */
@PlatformTest
class St96FilingIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void trademarkFiledAsSt96XmlGetsTheOfficesNumberAndDateAndItsContent() {
    Api.Response filed =
        api.send(St96Requests.xml(api, "?ipRight=TRADEMARK", alice(), sample(TRADEMARK)));

    JsonNode filing = received(filed, "30");
    assertThat(filing.path("ipRight").asString()).isEqualTo("TRADEMARK");
    JsonNode content = filing.path("content");
    assertThat(content.path("languageOfProceedings").asString()).isEqualTo("en");
    assertThat(content.path("applicant").path("name").asString()).isEqualTo("Heron Software GmbH");
    assertThat(content.path("applicant").path("country").asString()).isEqualTo("DE");
    assertThat(content.path("applicant").path("address").asString())
        .isEqualTo("Seestraße 12, 10115 Berlin");
    assertThat(content.path("representative").path("name").asString()).isEqualTo("Anna Schmidt");
    assertThat(content.path("mark").path("text").asString()).isEqualTo("BLUE HERON");
    assertThat(content.path("goodsAndServices").get(0).path("niceClass").asInt()).isEqualTo(9);
    assertThat(texts(content.path("goodsAndServices").get(0).path("terms")))
        .containsExactly("Computer software", "downloadable mobile applications");
    assertThat(content.path("goodsAndServices").get(1).path("niceClass").asInt()).isEqualTo(42);
    assertThat(content.path("priorityClaims").get(0).path("office").asString()).isEqualTo("US");
    assertThat(content.path("priorityClaims").get(0).path("date").asString())
        .isEqualTo("2025-11-14");
    assertThat(documents(filing)).containsExactly("SUPPORTING_DOCUMENT TrademarkApplication.xml");
  }

  @Test
  void designFiledAsSt96XmlIsAMultipleDesignApplication() {
    Api.Response filed =
        api.send(St96Requests.xml(api, "?ipRight=DESIGN", alice(), sample(DESIGN)));

    JsonNode filing = received(filed, "40");
    assertThat(filing.path("ipRight").asString()).isEqualTo("DESIGN");
    JsonNode content = filing.path("content");
    assertThat(content.path("languageOfProceedings").asString()).isEqualTo("fr");
    assertThat(content.path("applicant").path("name").asString()).isEqualTo("Claire Martin");
    assertThat(content.path("applicant").path("kind").asString()).isEqualTo("NATURAL_PERSON");
    assertThat(content.path("designs")).hasSize(2);
    assertThat(content.path("designs").get(0).path("productIndication").asString())
        .isEqualTo("Chaise");
    assertThat(content.path("designs").get(0).path("locarnoClass").asString()).isEqualTo("06-01");
    assertThat(content.path("designs").get(1).path("locarnoClass").asString()).isEqualTo("06-03");
    assertThat(content.path("priorityClaims").get(0).path("office").asString()).isEqualTo("FR");
  }

  @Test
  void designFiledAsMultipartBringsTheViewsItsXmlReferences() {
    Api.Response filed =
        api.send(
            St96Requests.multipart(
                api,
                "?ipRight=DESIGN",
                alice(),
                List.of(
                    Part.xml("DesignApplication", sample(DESIGN)),
                    new Part("view1", "chair-front.png", "image/png", Filings.PNG),
                    new Part("view2", "chair-side.png", "image/png", Filings.PNG),
                    new Part("view3", "table-top.png", "image/png", Filings.PNG))));

    JsonNode filing = received(filed, "40");
    assertThat(documents(filing))
        .containsExactlyInAnyOrder(
            "DESIGN_REPRESENTATION chair-front.png",
            "DESIGN_REPRESENTATION chair-side.png",
            "DESIGN_REPRESENTATION table-top.png",
            "SUPPORTING_DOCUMENT DesignApplication.xml");
  }

  @Test
  void patentFiledAsItsTwoDocumentsStaysAPatentWhateverItsSubjectMatterCategory() {
    Api.Response filed =
        api.send(
            St96Requests.multipart(api, "?ipRight=PATENT", alice(), St96Requests.patentParts()));

    JsonNode filing = received(filed, "10");
    assertThat(filing.path("ipRight").asString()).isEqualTo("PATENT");
    JsonNode invention = filing.path("content").path("invention");
    assertThat(invention.path("title").asString()).isEqualTo("Coffee machine with a milk frother");
    assertThat(invention.path("claimsCount").asInt()).isEqualTo(2);
    assertThat(invention.path("description").asString())
        .contains("The invention relates to coffee machines.");
    assertThat(texts(invention.path("ipcSymbols"))).containsExactly("A47J 31/44", "A47J 31/52");
    JsonNode content = filing.path("content");
    assertThat(content.path("applicant").path("name").asString()).isEqualTo("Kaffee Technik AG");
    assertThat(content.path("representative").path("name").asString()).isEqualTo("Jonas Weber");
    assertThat(content.path("priorityClaims").get(0).path("applicationNumber").asString())
        .isEqualTo("2025-123456");
    assertThat(documents(filing))
        .containsExactlyInAnyOrder(
            "SUPPORTING_DOCUMENT BibliographicData.xml", "DESCRIPTION ApplicationBody.xml");
  }

  @Test
  void theSamePatentDocumentsFiledAsAUtilityModelMakeAUtilityModel() {
    Api.Response filed =
        api.send(
            St96Requests.multipart(
                api, "?ipRight=UTILITY_MODEL", alice(), St96Requests.patentParts()));

    JsonNode filing = received(filed, "20");
    assertThat(filing.path("ipRight").asString()).isEqualTo("UTILITY_MODEL");
    assertThat(filing.path("content").path("invention").path("claimsCount").asInt()).isEqualTo(2);
  }

  @Test
  void aMarkImageSentBesideTheXmlBecomesTheMarksRepresentation() {
    String figurative =
        sampleText(TRADEMARK)
            .replace(
                "</tmk:WordMarkSpecification>",
                "</tmk:WordMarkSpecification><tmk:MarkImageBag><tmk:MarkImage>"
                    + "<com:FileName>heron.png</com:FileName></tmk:MarkImage></tmk:MarkImageBag>")
            .replace(">Word<", ">Combined<");
    Api.Response filed =
        api.send(
            St96Requests.multipart(
                api,
                "?ipRight=TRADEMARK",
                alice(),
                List.of(
                    Part.xml("TrademarkApplication", figurative),
                    new Part("image", "heron.png", "image/png", Filings.PNG))));

    JsonNode filing = received(filed, "30");
    assertThat(documents(filing))
        .containsExactlyInAnyOrder(
            "MARK_REPRESENTATION heron.png", "SUPPORTING_DOCUMENT TrademarkApplication.xml");
  }

  // --- bad input

  record Case(String name, int status, String type, Function<Api, HttpRequest> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badSt96InputGetsAProblemAndStoresNothing(Case badInput) {
    long filingsBefore = count("filing");
    // Only the applicant's: letters the office issues for earlier filings may come meanwhile.
    long documentsBefore = count("document WHERE origin = 'APPLICANT'");

    Api.Response response = api.send(badInput.request().apply(api));

    assertThat(response.status()).as(response.toString()).isEqualTo(badInput.status());
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("type").asString()).isEqualTo("urn:ipflow:problem:" + badInput.type());
    assertThat(problem.path("status").asInt()).isEqualTo(badInput.status());
    assertThat(problem.path("detail").asString()).isNotBlank();
    if (badInput.type().equals("invalid-st96")) {
      assertThat(problem.path("errors").isArray()).isTrue();
      assertThat(problem.path("errors")).isNotEmpty();
      problem
          .path("errors")
          .forEach(
              e -> {
                assertThat(e.path("part").asString()).isNotBlank();
                assertThat(e.path("message").asString()).isNotBlank();
              });
    }
    assertThat(response.toString()).doesNotContain("root:x:0:0");
    assertThat(count("filing")).isEqualTo(filingsBefore);
    assertThat(count("document WHERE origin = 'APPLICANT'")).isEqualTo(documentsBefore);
  }

  @Test
  void aMalformedDocumentIsLocatedByLineAndColumn() {
    String xml = sampleText(TRADEMARK).replace("</tmk:MarkFeatureCategory>", "</tmk:Oops>");

    JsonNode problem = api.send(St96Requests.xml(api, "?ipRight=TRADEMARK", alice(), xml)).json();

    JsonNode error = problem.path("errors").get(0);
    assertThat(error.path("part").asString()).isEqualTo("TrademarkApplication");
    assertThat(error.path("line").asInt()).isEqualTo(15);
    assertThat(error.path("column").asInt()).isPositive();
  }

  @Test
  void aProblemInAPatentsSecondDocumentNamesThatDocument() {
    String body = sampleText(APPLICATION_BODY).replace("<pat:Claims>", "<pat:Claimz>");

    JsonNode problem =
        api.send(
                St96Requests.multipart(
                    api,
                    "?ipRight=PATENT",
                    alice(),
                    List.of(
                        Part.xml("BibliographicData", sample(BIBLIOGRAPHIC_DATA)),
                        Part.xml("ApplicationBody", body))))
            .json();

    assertThat(problem.path("type").asString()).isEqualTo("urn:ipflow:problem:invalid-st96");
    assertThat(problem.path("errors").get(0).path("part").asString()).isEqualTo("ApplicationBody");
  }

  static Stream<Case> badInputs() {
    String tm = sampleText(TRADEMARK);
    String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    String xxe =
        tm.replace(
                declaration,
                declaration
                    + "<!DOCTYPE tmk:TrademarkApplication [<!ENTITY xxe SYSTEM"
                    + " \"file:///etc/passwd\">]>")
            .replace(
                ">BLUE HERON</tmk:MarkVerbalElementText>", ">&xxe;</tmk:MarkVerbalElementText>");
    StringBuilder lol = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    lol.append("]>");
    String billionLaughs =
        tm.replace(declaration, declaration + lol)
            .replace(
                ">BLUE HERON</tmk:MarkVerbalElementText>", ">&lol9;</tmk:MarkVerbalElementText>");
    String doctype = tm.replace(declaration, declaration + "<!DOCTYPE tmk:TrademarkApplication>");
    String malformed = tm.substring(0, tm.length() - 40);
    String schemaInvalid = tm.replace(">Word<", ">Loud<");
    String niceClass99 = tm.replace(">42<", ">99<");
    String deep =
        tm.replace(
            "<tmk:TrademarkBag>", "<tmk:TrademarkBag>" + "<x>".repeat(150) + "</x>".repeat(150));
    String twoApplicants =
        tm.replace(
            "</tmk:ApplicantBag>",
            "<tmk:Applicant><com:Contact><com:Name><com:PersonName><com:PersonFullName>Second"
                + " Owner</com:PersonFullName></com:PersonName></com:Name></com:Contact>"
                + "</tmk:Applicant></tmk:ApplicantBag>");
    byte[] tooLarge = new byte[8 * 1024 * 1024 + 1];
    java.util.Arrays.fill(tooLarge, (byte) ' ');
    byte[] head = tm.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, tooLarge, 0, head.length);
    List<Case> cases = new ArrayList<>();
    cases.add(xml("an external entity (XXE)", 400, "invalid-st96", "TRADEMARK", xxe));
    cases.add(
        xml("entity expansion (billion laughs)", 400, "invalid-st96", "TRADEMARK", billionLaughs));
    cases.add(xml("a DOCTYPE", 400, "invalid-st96", "TRADEMARK", doctype));
    cases.add(xml("malformed XML", 400, "invalid-st96", "TRADEMARK", malformed));
    cases.add(xml("an empty body", 400, "invalid-st96", "TRADEMARK", ""));
    cases.add(
        xml(
            "a document invalid against the schema",
            400,
            "invalid-st96",
            "TRADEMARK",
            schemaInvalid));
    cases.add(xml("a Nice class 99", 400, "invalid-st96", "TRADEMARK", niceClass99));
    cases.add(xml("elements nested too deep", 400, "invalid-st96", "TRADEMARK", deep));
    String mark = tm.substring(tm.indexOf("<tmk:Trademark>"), tm.indexOf("</tmk:Trademark>") + 16);
    cases.add(
        xml(
            "two trademarks in one submission",
            400,
            "invalid-st96",
            "TRADEMARK",
            tm.replace(mark, mark + mark)));
    int described = tm.lastIndexOf("<tmk:ClassNumber>42</tmk:ClassNumber>");
    cases.add(
        xml(
            "goods described under a class that is not classified",
            400,
            "invalid-st96",
            "TRADEMARK",
            tm.substring(0, described)
                + "<tmk:ClassNumber>43</tmk:ClassNumber>"
                + tm.substring(described + "<tmk:ClassNumber>42</tmk:ClassNumber>".length())));
    cases.add(
        xml(
            "a priority date of a year and month alone (valid ST.96, not a date)",
            400,
            "invalid-st96",
            "TRADEMARK",
            tm.replace(">2025-11-14<", ">2025-11<")));
    cases.add(
        xml(
            "a class number that is no number",
            400,
            "invalid-st96",
            "TRADEMARK",
            tm.replace(">9</tmk:ClassNumber>", ">99999999999</tmk:ClassNumber>")));
    cases.add(
        xml(
            "a control character in the mark's text",
            400,
            "invalid-st96",
            "TRADEMARK",
            tm.replace(declaration, "<?xml version=\"1.1\" encoding=\"UTF-8\"?>")
                .replace(
                    ">BLUE HERON</tmk:MarkVerbalElementText>",
                    ">BLUE&#x1B;HERON</tmk:MarkVerbalElementText>")));
    cases.add(xml("two applicants", 400, "invalid-st96", "TRADEMARK", twoApplicants));
    cases.add(xml("a trade-mark document filed as a design", 400, "invalid-st96", "DESIGN", tm));
    cases.add(
        xml(
            "a design document filed as a trade mark",
            400,
            "invalid-st96",
            "TRADEMARK",
            sampleText(DESIGN)));
    cases.add(xml("a patent as one XML document", 400, "invalid-st96", "PATENT", tm));
    cases.add(
        new Case(
            "a missing ipRight",
            400,
            "invalid-ip-right",
            api -> St96Requests.xml(api, "", alice(), tm)));
    cases.add(xml("an unknown ipRight", 400, "invalid-ip-right", "COPYRIGHT", tm));
    cases.add(xml("an ipRight in lower case", 400, "invalid-ip-right", "trademark", tm));
    cases.add(
        new Case(
            "XML larger than the API limit",
            413,
            "payload-too-large",
            api -> St96Requests.xml(api, "?ipRight=TRADEMARK", alice(), tooLarge)));
    cases.add(
        new Case(
            "XML larger than the API limit, without a declared length",
            413,
            "payload-too-large",
            api ->
                api.builder("/api/v1/filings?ipRight=TRADEMARK", alice())
                    .header("Content-Type", "application/xml")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(tooLarge)))
                    .build()));
    cases.add(
        new Case(
            "XML sent as text/plain",
            415,
            "unsupported-media-type",
            api ->
                api.builder("/api/v1/filings?ipRight=TRADEMARK", alice())
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(tm))
                    .build()));
    cases.add(
        multipart(
            "a patent without its ApplicationBody",
            400,
            "invalid-st96",
            "PATENT",
            List.of(Part.xml("BibliographicData", sample(BIBLIOGRAPHIC_DATA)))));
    cases.add(
        multipart(
            "a utility model without its BibliographicData",
            400,
            "invalid-st96",
            "UTILITY_MODEL",
            List.of(Part.xml("ApplicationBody", sample(APPLICATION_BODY)))));
    cases.add(
        multipart(
            "a patent's BibliographicData sent twice",
            400,
            "invalid-st96",
            "PATENT",
            List.of(
                Part.xml("BibliographicData", sample(BIBLIOGRAPHIC_DATA)),
                Part.xml("BibliographicData", sample(BIBLIOGRAPHIC_DATA)),
                Part.xml("ApplicationBody", sample(APPLICATION_BODY)))));
    cases.add(
        multipart(
            "the patent documents swapped",
            400,
            "invalid-st96",
            "PATENT",
            List.of(
                Part.xml("BibliographicData", sample(APPLICATION_BODY)),
                Part.xml("ApplicationBody", sample(BIBLIOGRAPHIC_DATA)))));
    cases.add(
        multipart(
            "an external entity in a patent document",
            400,
            "invalid-st96",
            "PATENT",
            List.of(
                Part.xml("BibliographicData", sample(BIBLIOGRAPHIC_DATA)),
                Part.xml(
                    "ApplicationBody",
                    sampleText(APPLICATION_BODY)
                        .replace(
                            declaration,
                            declaration
                                + "<!DOCTYPE pat:ApplicationBody [<!ENTITY xxe SYSTEM"
                                + " \"file:///etc/passwd\">]>")))));
    cases.add(
        multipart(
            "a multipart trade mark without its document",
            400,
            "invalid-st96",
            "TRADEMARK",
            List.of(new Part("image", "heron.png", "image/png", Filings.PNG))));
    cases.add(
        multipart(
            "an attached file that is not what its type says",
            400,
            "invalid-st96",
            "DESIGN",
            List.of(
                Part.xml("DesignApplication", sample(DESIGN)),
                new Part(
                    "view1",
                    "chair-front.png",
                    "image/png",
                    "not a png".getBytes(StandardCharsets.UTF_8)))));
    cases.add(
        multipart(
            "an attached executable",
            400,
            "invalid-st96",
            "DESIGN",
            List.of(
                Part.xml("DesignApplication", sample(DESIGN)),
                new Part("x", "run.exe", "application/x-msdownload", new byte[] {'M', 'Z'}))));
    cases.add(
        multipart(
            "a multipart patent without ipRight",
            400,
            "invalid-ip-right",
            null,
            St96Requests.patentParts()));
    cases.add(
        new Case(
            "a multipart body without any part",
            400,
            "invalid-st96",
            api ->
                api.builder("/api/v1/filings?ipRight=PATENT", alice())
                    .header("Content-Type", "multipart/form-data; boundary=nothing-here")
                    .POST(HttpRequest.BodyPublishers.ofString("garbage without any boundary"))
                    .build()));
    cases.add(
        new Case(
            "a multipart body cut short",
            400,
            "malformed-request",
            api ->
                api.builder("/api/v1/filings?ipRight=PATENT", alice())
                    .header("Content-Type", "multipart/form-data; boundary=cut")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "--cut\r\nContent-Disposition: form-data; name=\"BibliographicData\";"
                                + " filename=\"b.xml\"\r\nContent-Type: application/xml\r\n\r\n<pat:Bib"))
                    .build()));
    cases.add(
        new Case(
            "no token",
            401,
            "unauthorized",
            api -> St96Requests.xml(api, "?ipRight=TRADEMARK", null, tm)));
    cases.add(
        new Case(
            "an examiner filing",
            403,
            "forbidden",
            api -> St96Requests.xml(api, "?ipRight=TRADEMARK", Tokens.of("erin"), tm)));
    return cases.stream();
  }

  private static Case xml(String name, int status, String type, String right, String xml) {
    return new Case(
        name, status, type, api -> St96Requests.xml(api, "?ipRight=" + right, alice(), xml));
  }

  private static Case multipart(
      String name, int status, String type, String right, List<Part> parts) {
    return new Case(
        name,
        status,
        type,
        api ->
            St96Requests.multipart(api, right == null ? "" : "?ipRight=" + right, alice(), parts));
  }

  // --- helpers

  private JsonNode received(Api.Response filed, String ipType) {
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    assertThat(filed.header("Location")).isEqualTo("/api/v1/filings/" + id);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
    assertThat(filed.json().path("applicationNumber").asString())
        .as("the office's number replaces the placeholder")
        .matches(ipType + today.getYear() + "\\d{9}")
        .doesNotMatch("\\d00000000000000");
    assertThat(filed.json().path("officeCode").asString()).isEqualTo("XX");
    assertThat(filed.json().path("filingDate").asString()).isEqualTo(today.toString());
    Api.Response filing = api.get("/api/v1/filings/" + id, alice());
    assertThat(filing.status()).as(filing.toString()).isEqualTo(200);
    return filing.json();
  }

  /**
   * The documents the applicant filed: the office's own (its receipt, the letter of a notice the
   * procedure may already have sent) are left aside.
   */
  private static List<String> documents(JsonNode filing) {
    List<String> out = new ArrayList<>();
    filing
        .path("documents")
        .forEach(
            d -> {
              if (d.path("origin").asString().equals("APPLICANT")) {
                out.add(d.path("kind").asString() + " " + d.path("fileName").asString());
              }
            });
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static String alice() {
    return Tokens.of("alice");
  }
}
