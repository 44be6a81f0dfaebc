package org.ipflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input gets a 4xx {@code application/problem+json} naming the problem, never a 500, and stores
 * nothing.
 */
@PlatformTest
class BadInputIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  record Case(String name, int status, String type, Function<Api, HttpRequest> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGetsAProblemAndStoresNothing(Case badInput) {
    long filingsBefore = count("filing");
    // Only the applicant's: letters the office issues for earlier filings may come meanwhile.
    long documentsBefore = count("document WHERE origin = 'APPLICANT'");

    Api.Response response = api.send(badInput.request().apply(api));

    assertThat(response.status()).as(response.toString()).isEqualTo(badInput.status());
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().path("type").asString())
        .isEqualTo("urn:ipflow:problem:" + badInput.type());
    assertThat(response.json().path("status").asInt()).isEqualTo(badInput.status());
    assertThat(response.json().path("detail").asString()).isNotBlank();
    assertThat(count("filing")).isEqualTo(filingsBefore);
    assertThat(count("document WHERE origin = 'APPLICANT'")).isEqualTo(documentsBefore);
  }

  @Test
  void aControlCharacterIsRefusedNamingTheFieldAndTheCharacter() {
    Api.Response response =
        api.send(
            file(
                    "NUL in the applicant's address",
                    400,
                    "invalid-filing",
                    with(r -> put(applicant(r), "address", "Rue du Rh\u00f4ne 1\u0000")))
                .request()
                .apply(api));

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("errors").get(0).path("pointer").asString())
        .isEqualTo("/applicant/address");
    assertThat(response.json().path("errors").get(0).path("detail").asString())
        .isEqualTo("contains the control character U+0000 at character 15");
  }

  @Test
  void anOversizedFormFromABrowserGetsAPageSayingSoNotJson() {
    long documentsBefore = count("document WHERE origin = 'APPLICANT'");
    Api.Response response =
        api.send(
            api.builder("/portal/filings/new/documents", null)
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Content-Type", "multipart/form-data; boundary=ipflow")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tenMegabytes()))
                .build());

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("text/html");
    assertThat(new String(response.bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("id=\"error-message\"", "too large for the office", "at most 5 MB");
    assertThat(count("document WHERE origin = 'APPLICANT'")).isEqualTo(documentsBefore);
  }

  static Stream<Case> cases() {
    return Stream.of(
        file("malformed JSON", 400, "malformed-request", "{\"ipRight\": \"TRADEMARK\","),
        file("a JSON array instead of an object", 400, "malformed-request", "[]"),
        file("an empty body", 400, "malformed-request", ""),
        file("JSON null", 400, "malformed-request", "null"),
        file("an unknown property", 400, "malformed-request", with(r -> put(r, "colour", "red"))),
        file(
            "a Nice class as a word",
            400,
            "malformed-request",
            with(r -> firstClass(r).put("niceClass", "fourteen"))),
        file(
            "a Nice class as a numeric string",
            400,
            "malformed-request",
            with(r -> firstClass(r).put("niceClass", "14"))),
        file(
            "a Nice class with a fraction",
            400,
            "malformed-request",
            with(r -> firstClass(r).put("niceClass", 14.5))),
        file(
            "an unknown Nice class 46",
            400,
            "unknown-nice-class",
            with(r -> firstClass(r).put("niceClass", 46))),
        file(
            "Nice class 0",
            400,
            "unknown-nice-class",
            with(r -> firstClass(r).put("niceClass", 0))),
        file("a missing IP right", 400, "invalid-filing", with(r -> remove(r, "ipRight"))),
        file(
            "an unknown IP right",
            400,
            "invalid-filing",
            with(r -> put(r, "ipRight", "COPYRIGHT"))),
        file(
            "a patent application without its invention",
            400,
            "invalid-filing",
            with(r -> put(r, "ipRight", "PATENT"))),
        file(
            "a design application without designs",
            400,
            "invalid-filing",
            with(r -> put(r, "ipRight", "DESIGN"))),
        file(
            "a priority claimed from the future",
            400,
            "invalid-filing",
            with(
                r ->
                    put(
                        r,
                        "priorityClaims",
                        List.of(
                            Map.of(
                                "office",
                                "FR",
                                "applicationNumber",
                                "4567",
                                "date",
                                "2999-01-01"))))),
        file(
            "a priority date that is no date",
            400,
            "invalid-filing",
            with(
                r ->
                    put(
                        r,
                        "priorityClaims",
                        List.of(
                            Map.of(
                                "office",
                                "FR",
                                "applicationNumber",
                                "4567",
                                "date",
                                "31.01.2026"))))),
        file(
            "a language of proceedings that is no language code",
            400,
            "invalid-filing",
            with(r -> put(r, "languageOfProceedings", "English"))),
        file(
            "a negative payment",
            400,
            "invalid-filing",
            with(
                r -> put(r, "payment", Map.of("amount", -5, "currency", "EUR", "reference", "X")))),
        file(
            "an applicant kind that does not exist",
            400,
            "invalid-filing",
            with(r -> put(applicant(r), "kind", "ROBOT"))),
        file("a missing applicant", 400, "invalid-filing", with(r -> remove(r, "applicant"))),
        file(
            "an applicant without a name",
            400,
            "invalid-filing",
            with(r -> remove(applicant(r), "name"))),
        file(
            "an applicant as a string",
            400,
            "malformed-request",
            with(r -> put(r, "applicant", "Acme"))),
        file("a missing mark", 400, "invalid-filing", with(r -> remove(r, "mark"))),
        file(
            "a mark text of 1001 characters",
            400,
            "invalid-filing",
            with(r -> put(mark(r), "text", "M".repeat(1001)))),
        file(
            "a missing goods and services list",
            400,
            "invalid-filing",
            with(r -> remove(r, "goodsAndServices"))),
        file(
            "an empty goods and services list",
            400,
            "invalid-filing",
            with(r -> put(r, "goodsAndServices", List.of()))),
        file(
            "a null term",
            400,
            "invalid-filing",
            with(r -> firstClass(r).put("terms", Arrays.asList("Watches", null)))),
        file(
            "a document that is not base64",
            400,
            "invalid-filing",
            with(r -> firstDocument(r).put("content", "%%% not base64 %%%"))),
        file(
            "a document whose bytes are not what its media type says",
            400,
            "invalid-filing",
            with(r -> firstDocument(r).put("content", "JVBERi0xLjcK"))),
        file(
            "a document of a kind only the office issues",
            400,
            "invalid-filing",
            with(r -> firstDocument(r).put("kind", "REGISTRATION_CERTIFICATE"))),
        file(
            "a document of a kind that does not exist",
            400,
            "invalid-filing",
            with(r -> firstDocument(r).put("kind", "HOLOGRAM"))),
        file(
            "an applicant name with a NUL character, which the database cannot store",
            400,
            "invalid-filing",
            with(r -> put(applicant(r), "name", "Acme\u0000Ltd"))),
        file(
            "a goods term with an escape character",
            400,
            "invalid-filing",
            with(r -> firstClass(r).put("terms", List.of("Watches\u001b[31m")))),
        file(
            "a mark text with half a surrogate pair",
            400,
            "invalid-filing",
            // Escaped in the JSON itself: Java cannot encode half a pair as UTF-8.
            with(r -> put(mark(r), "text", "TIC_HALF_TAC")).replace("_HALF_", "\\uD83D")),
        file(
            "a document name with a path",
            400,
            "invalid-filing",
            with(r -> firstDocument(r).put("fileName", "../../etc/passwd"))),
        file(
            "a document of an unaccepted media type",
            400,
            "invalid-filing",
            with(r -> firstDocument(r).put("mediaType", "application/x-msdownload"))),
        new Case(
            "a 10 MB body",
            413,
            "payload-too-large",
            api ->
                api.builder("/api/v1/filings", Tokens.of("alice"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(tenMegabytes()))
                    .build()),
        new Case(
            "a 10 MB body without a declared length",
            413,
            "payload-too-large",
            api ->
                api.builder("/api/v1/filings", Tokens.of("alice"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(tenMegabytes())))
                    .build()),
        new Case(
            "a body as text/plain",
            415,
            "unsupported-media-type",
            api ->
                api.builder("/api/v1/filings", Tokens.of("alice"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(complete()))
                    .build()),
        new Case(
            "ST.96 XML without the ipRight parameter (the right is never guessed from the XML)",
            400,
            "invalid-ip-right",
            api ->
                api.builder("/api/v1/filings", Tokens.of("alice"))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<TrademarkApplication/>"))
                    .build()),
        new Case(
            "no token",
            401,
            "unauthorized",
            api ->
                api.builder("/api/v1/filings", null)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(complete()))
                    .build()),
        new Case(
            "a token that is not a JWT",
            401,
            "unauthorized",
            api ->
                api.builder("/api/v1/filings", "not-a-token")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(complete()))
                    .build()),
        new Case(
            "a tampered token",
            401,
            "unauthorized",
            api ->
                api.builder("/api/v1/filings", tampered(Tokens.of("alice")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(complete()))
                    .build()),
        new Case(
            "an examiner filing an application",
            403,
            "forbidden",
            api ->
                api.builder("/api/v1/filings", Tokens.of("erin"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(complete()))
                    .build()),
        new Case(
            "an applicant opening the examiners' task list",
            403,
            "forbidden",
            api -> api.builder("/api/v1/tasks", Tokens.of("alice")).GET().build()),
        new Case(
            "a filing that does not exist",
            404,
            "not-found",
            api ->
                api.builder(
                        "/api/v1/filings/00000000-0000-0000-0000-000000000000", Tokens.of("alice"))
                    .GET()
                    .build()),
        new Case(
            "a page number beyond any integer",
            400,
            "invalid-parameter",
            api -> api.builder("/api/v1/register?page=99999999999999", null).GET().build()),
        new Case(
            "a search text whose bytes are not UTF-8",
            400,
            "invalid-parameter",
            api -> api.builder("/api/v1/register?q=%C3%28", null).GET().build()),
        new Case(
            "a search text whose bytes are not UTF-8, on the public register's page",
            400,
            "invalid-parameter",
            api ->
                api.builder("/register?q=%C3%28", null)
                    .header("Accept", "application/problem+json")
                    .GET()
                    .build()),
        new Case(
            "a filing id that is not a UUID",
            404,
            "not-found",
            api -> api.builder("/api/v1/filings/not-an-id", Tokens.of("alice")).GET().build()),
        new Case(
            "a decision that is neither accept nor refuse",
            400,
            "invalid-decision",
            api ->
                api.builder("/api/v1/tasks/some-task/decision", Tokens.of("erin"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"MAYBE\"}"))
                    .build()),
        new Case(
            "a refusal without grounds",
            400,
            "invalid-decision",
            api ->
                api.builder("/api/v1/tasks/some-task/decision", Tokens.of("erin"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"REFUSE\"}"))
                    .build()),
        new Case(
            "an objection without grounds",
            400,
            "invalid-decision",
            api ->
                api.builder("/api/v1/tasks/some-task/decision", Tokens.of("erin"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"OBJECT\"}"))
                    .build()),
        new Case(
            "refused classes on an acceptance",
            400,
            "invalid-decision",
            api ->
                api.builder("/api/v1/tasks/some-task/decision", Tokens.of("erin"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"outcome\":\"ACCEPT\",\"refusedClasses\":[14]}"))
                    .build()),
        new Case(
            "observations on a filing that does not exist",
            404,
            "not-found",
            api ->
                api.builder(
                        "/api/v1/filings/00000000-0000-0000-0000-000000000000/observations",
                        Tokens.of("alice"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
                    .build()),
        new Case(
            "an opposition whose grounds hold a NUL character",
            400,
            "invalid-opposition",
            api ->
                api.builder(
                        "/api/v1/filings/00000000-0000-0000-0000-000000000000/oppositions",
                        Tokens.of("agnes"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"opponent\":{\"name\":\"Agnes\",\"country\":\"FR\"},"
                                + "\"grounds\":\"confusing\\u0000\"}"))
                    .build()),
        new Case(
            "a confirmation whose reason holds a NUL character",
            400,
            "invalid-confirmation",
            api ->
                api.builder(
                        "/api/v1/decisions/00000000-0000-0000-0000-000000000000/confirmation",
                        Tokens.of("sam"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"checked\\u0000\"}"))
                    .build()),
        new Case(
            "a payment for a filing that does not exist",
            404,
            "not-found",
            api ->
                api.builder(
                        "/api/v1/filings/00000000-0000-0000-0000-000000000000/payments",
                        Tokens.of("alice"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"amount\":10,\"currency\":\"EUR\",\"reference\":\"R\"}"))
                    .build()),
        new Case(
            "a decision on a task that does not exist",
            404,
            "not-found",
            api ->
                api.builder("/api/v1/tasks/no-such-task/decision", Tokens.of("erin"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"ACCEPT\"}"))
                    .build()),
        new Case(
            // Deny by default: what the API does not offer is refused before it is looked up.
            "a method the API does not offer",
            403,
            "forbidden",
            api ->
                api.builder("/api/v1/filings", Tokens.of("alice"))
                    .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json")
                    .build()));
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  private static Case file(String name, int status, String type, String body) {
    return new Case(
        name,
        status,
        type,
        api ->
            api.builder("/api/v1/filings", Tokens.of("alice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
  }

  private static String with(Consumer<Map<String, Object>> change) {
    Map<String, Object> request = Filings.completeTrademark("BROKEN");
    change.accept(request);
    return JSON.writeValueAsString(request);
  }

  private static String complete() {
    return JSON.writeValueAsString(Filings.completeTrademark("FINE"));
  }

  private static Map<String, Object> put(Map<String, Object> map, String key, Object value) {
    map.put(key, value);
    return map;
  }

  private static Map<String, Object> remove(Map<String, Object> map, String key) {
    map.remove(key);
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> applicant(Map<String, Object> request) {
    return (Map<String, Object>) request.get("applicant");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mark(Map<String, Object> request) {
    return (Map<String, Object>) request.get("mark");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstClass(Map<String, Object> request) {
    return (Map<String, Object>) ((List<Object>) request.get("goodsAndServices")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstDocument(Map<String, Object> request) {
    return (Map<String, Object>) ((List<Object>) request.get("documents")).get(0);
  }

  private static byte[] tenMegabytes() {
    byte[] body = new byte[10 * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    return body;
  }

  /** The same token with one character of its payload changed: its signature no longer fits. */
  private static String tampered(String token) {
    String[] parts = token.split("\\.");
    char[] payload = parts[1].toCharArray();
    payload[10] = payload[10] == 'A' ? 'B' : 'A';
    return parts[0] + "." + new String(payload) + "." + parts[2];
  }
}
