package org.ipflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import tools.jackson.databind.JsonNode;

/**
 * The authorisation matrix: every route the platform serves, as its own handler mappings list them,
 * for every role and for an anonymous caller, against the committed table {@code
 * src/test/resources/security/authorization-matrix.txt}. A route served without a row in the table
 * fails the build, and so does a row whose route is no longer served.
 *
 * <p>What a cell means:
 *
 * <ul>
 *   <li>{@code A} — allowed: the security layer lets the call through to the service, so the answer
 *       is neither 401 nor 403. The service may still answer 200, 202, 400 (the requests here carry
 *       an empty JSON object as body, so nothing is filed or changed), 404 or 409.
 *   <li>{@code D} — denied: 401 {@code application/problem+json} for the anonymous caller, 403
 *       {@code application/problem+json} for a signed-in user.
 *   <li>{@code N} — hidden: the role may use the route, but the resource is another party's, and
 *       the service answers 404 {@code application/problem+json} as if it did not exist.
 * </ul>
 *
 * <p>Path variables: ids of one filing of the applicant alice (a mark with a deficiency notice, so
 * that it has documents, a notice and automated decisions): a variable following {@code filings/}
 * is that filing, one following {@code documents/}, {@code notices/} or {@code decisions/} a
 * document, the notice or an automated decision of it. Tasks, contests and oppositions take a
 * random id: there only the security layer is under test. A wildcard ({@code *}, {@code **}) takes
 * a file name that exists nowhere.
 *
 * <p>The columns are the demo users of the committed realm, one per role: alice (applicant), agnes
 * (agent), erin (examiner of tm-examiners), sam (examiner and senior examiner), ana (analyst) and
 * adam (admin).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  static final String TABLE = "/security/authorization-matrix.txt";
  private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");
  private static final List<String> ANY_METHOD = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

  @LocalServerPort int port;
  @Autowired WebApplicationContext context;
  @Autowired DispatcherServlet dispatcher;
  Api api;
  Matrix matrix;
  Map<String, String> ids;

  @BeforeAll
  void fileAliceFilingAndReadTable() {
    api = new Api(port);
    matrix = Matrix.read();
    ids = alicesFiling();
  }

  @Test
  void everyServedRouteHasARowAndEveryRowAServedRoute() {
    Set<String> served = servedRoutes();
    Set<String> listed = matrix.rows().keySet();

    Set<String> withoutRow = new TreeSet<>(served);
    withoutRow.removeAll(listed);
    Set<String> gone = new TreeSet<>(listed);
    gone.removeAll(served);

    assertThat(withoutRow)
        .as(
            "routes the platform serves without a row in %s (add one line per route: who may"
                + " call it)",
            TABLE)
        .isEmpty();
    assertThat(gone).as("rows of %s whose route the platform no longer serves", TABLE).isEmpty();
  }

  @Test
  void onlySpringMvcIsMountedAsAServlet() {
    Map<String, List<String>> mounted = new TreeMap<>();
    context
        .getServletContext()
        .getServletRegistrations()
        .forEach(
            (name, registration) -> {
              if (!registration.getMappings().isEmpty()) {
                mounted.put(name, List.copyOf(registration.getMappings()));
              }
            });

    assertThat(mounted)
        .as("servlets with mappings: any other than Spring MVC's serves routes the matrix misses")
        .isEqualTo(Map.of("dispatcherServlet", List.of("/")));
  }

  @TestFactory
  Stream<DynamicTest> everyRouteAnswersEveryCallerAsTheMatrixSays() {
    List<DynamicTest> tests = new ArrayList<>();
    matrix
        .rows()
        .forEach(
            (route, cells) -> {
              String method = route.substring(0, route.indexOf(' '));
              String pattern = route.substring(route.indexOf(' ') + 1);
              String path = concrete(pattern);
              for (String verb : method.equals("*") ? ANY_METHOD : List.of(method)) {
                for (int i = 0; i < matrix.callers().size(); i++) {
                  String caller = matrix.callers().get(i);
                  char expected = cells.charAt(i);
                  tests.add(
                      DynamicTest.dynamicTest(
                          verb + " " + pattern + " as " + caller + " → " + meaning(expected),
                          () -> check(verb, path, caller, expected)));
                }
              }
            });
    return tests.stream();
  }

  @Test
  void operatonRestApiAndWebappsAreNotMounted() {
    List<String> paths =
        List.of(
            "/engine-rest/engine",
            "/engine-rest/process-definition",
            "/engine-rest/task",
            "/engine-rest/deployment/create",
            "/operaton/app/cockpit/default/",
            "/operaton/app/tasklist/default/",
            "/operaton/app/admin/default/",
            "/operaton/api/engine/engine/default/process-definition",
            "/operaton/api/admin/auth/user/default",
            "/camunda/app/cockpit/default/",
            "/camunda/api/engine/engine/default/process-definition",
            "/camunda/app/welcome/default/");
    for (String path : paths) {
      for (String caller : matrix.callers()) {
        for (String verb : List.of("GET", "POST")) {
          Api.Response response = call(verb, path, caller);
          assertThat(response.status())
              .as("%s %s as %s: %s", verb, path, caller, response)
              .isIn(401, 403, 404);
        }
      }
    }
  }

  private void check(String verb, String path, String caller, char expected) {
    Api.Response response = call(verb, path, caller);
    String call = verb + " " + path + " as " + caller + ": " + response;
    switch (expected) {
      case 'A' -> assertThat(response.status()).as(call).isNotIn(401, 403);
      case 'D' -> {
        assertThat(response.status()).as(call).isEqualTo(caller.equals("anonymous") ? 401 : 403);
        assertThat(response.contentType()).as(call).isEqualTo("application/problem+json");
      }
      case 'N' -> {
        assertThat(response.status()).as(call).isEqualTo(404);
        assertThat(response.contentType()).as(call).isEqualTo("application/problem+json");
      }
      default -> throw new IllegalArgumentException("unknown cell " + expected + " for " + call);
    }
  }

  private Api.Response call(String verb, String path, String caller) {
    String token = caller.equals("anonymous") ? null : Tokens.of(caller);
    HttpRequest.Builder builder = api.builder(path, token);
    if (verb.equals("GET") || verb.equals("DELETE")) {
      builder.method(verb, HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(verb, HttpRequest.BodyPublishers.ofString("{}"));
    }
    return api.send(builder.build());
  }

  /** The routes the dispatcher servlet serves: its handler mappings, as "METHOD pattern". */
  private Set<String> servedRoutes() {
    List<HandlerMapping> mappings = dispatcher.getHandlerMappings();
    assertThat(mappings)
        .as("the dispatcher servlet has served a request, so it has its mappings")
        .isNotNull();
    Set<String> routes = new TreeSet<>();
    for (HandlerMapping mapping : mappings) {
      if (mapping instanceof AbstractHandlerMethodMapping<?> methods) {
        for (Map.Entry<?, HandlerMethod> entry : methods.getHandlerMethods().entrySet()) {
          if (!(entry.getKey() instanceof RequestMappingInfo info)) {
            throw new AssertionError("a handler mapping the matrix cannot read: " + entry);
          }
          Set<String> verbs =
              info.getMethodsCondition().getMethods().stream()
                  .map(Enum::name)
                  .collect(Collectors.toCollection(TreeSet::new));
          for (String pattern : info.getPatternValues()) {
            if (verbs.isEmpty()) {
              routes.add("* " + pattern);
            }
            verbs.forEach(verb -> routes.add(verb + " " + pattern));
          }
        }
      } else if (mapping instanceof AbstractUrlHandlerMapping urls) {
        // Resource and view handlers: they answer reads.
        urls.getHandlerMap().keySet().forEach(pattern -> routes.add("GET " + pattern));
        if (urls.getRootHandler() != null) {
          routes.add("GET /");
        }
      } else if (mapping instanceof RouterFunctionMapping functions) {
        assertThat(functions.getRouterFunction())
            .as("router functions serve routes the matrix cannot list yet")
            .isNull();
      } else {
        throw new AssertionError(
            "a handler mapping the matrix cannot list: " + mapping.getClass().getName());
      }
    }
    return routes;
  }

  /** The pattern with its variables and wildcards filled in (see the class comment). */
  private String concrete(String pattern) {
    Matcher variables = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (variables.find()) {
      String before = pattern.substring(0, variables.start());
      String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1);
      collection = collection.substring(0, collection.length() - 1);
      String value =
          switch (collection) {
            case "filings" -> ids.get("filing");
            case "documents" -> ids.get("document");
            case "notices" -> ids.get("notice");
            case "decisions" -> ids.get("decision");
            case "tasks", "contests", "oppositions", "parties", "drafts" ->
                UUID.randomUUID().toString();
            // The filing wizard's steps: one of them.
            case "new" -> "who";
            case "payments" -> "simulated";
            // A checkout of the simulated provider: one nobody started.
            case "simulated" -> UUID.randomUUID().toString();
            // Only the security layer is under test: a number no published filing has.
            case "register" -> "302026999999999";
            default ->
                throw new AssertionError(
                    "no value for the variable "
                        + variables.group()
                        + " of "
                        + pattern
                        + ": say in AuthorizationMatrixIT.concrete what it names");
          };
      variables.appendReplacement(path, value);
    }
    variables.appendTail(path);
    return path.toString().replace("/**", "/no-such-file.txt").replace("*", "");
  }

  private static String meaning(char cell) {
    return switch (cell) {
      case 'A' -> "allowed";
      case 'D' -> "denied";
      case 'N' -> "not found";
      default -> "?" + cell;
    };
  }

  /** Alice files a mark whose applicant's country is no country: it gets a deficiency notice. */
  private Map<String, String> alicesFiling() {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark("MATRIX"));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    JsonNode[] filing = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              filing[0] = api.get("/api/v1/filings/" + id, Tokens.of("alice")).json();
              return filing[0].path("notices").size() > 0;
            });
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("filing", id);
    ids.put("document", filing[0].path("documents").get(0).path("id").asString());
    ids.put("notice", filing[0].path("notices").get(0).path("id").asString());
    for (JsonNode entry : filing[0].path("timeline")) {
      if (entry.path("automated").asBoolean()) {
        ids.put("decision", entry.path("decisionId").asString());
        break;
      }
    }
    assertThat(ids).containsKeys("decision");
    return ids;
  }

  /**
   * The committed table: a header naming the callers, then one row per route: method (or {@code *}
   * for any), pattern, and one cell per caller.
   */
  record Matrix(List<String> callers, Map<String, String> rows) {

    static Matrix read() {
      List<String> callers = null;
      Map<String, String> rows = new LinkedHashMap<>();
      try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(TABLE)) {
        assertThat(in).as(TABLE).isNotNull();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String trimmed = line.strip();
          if (trimmed.isEmpty()) {
            continue;
          }
          List<String> fields = Arrays.asList(trimmed.split("\\s+"));
          if (trimmed.startsWith("#")) {
            if (fields.size() > 3 && fields.get(1).equals("method")) {
              callers = List.copyOf(fields.subList(3, fields.size()));
            }
            continue;
          }
          assertThat(callers).as("%s: the header comes before the rows", TABLE).isNotNull();
          assertThat(fields)
              .as("%s: %s has a cell for each of %s", TABLE, trimmed, callers)
              .hasSize(2 + callers.size());
          String route = fields.get(0) + " " + fields.get(1);
          String cells = String.join("", fields.subList(2, fields.size()));
          assertThat(cells).as("%s: %s", TABLE, trimmed).matches("[ADN]+");
          assertThat(rows.put(route, cells)).as("%s: %s twice", TABLE, route).isNull();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Matrix(callers, rows);
    }
  }
}
