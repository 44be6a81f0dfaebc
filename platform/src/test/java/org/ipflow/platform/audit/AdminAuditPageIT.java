package org.ipflow.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Browser;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An admin logs in through Keycloak in a real browser (headless Chromium) and reads the audit trail
 * of a filing; the session is a real OIDC session, its forms carry CSRF tokens, and logging out
 * ends the Keycloak session as well.
 */
@PlatformTest
class AdminAuditPageIT {

  @LocalServerPort int port;

  private Api api;
  private String base;

  @BeforeEach
  void api() {
    base = "http://localhost:" + port;
    api = new Api(port);
  }

  @Test
  void anAdminLogsInThroughKeycloakAndReadsTheAuditTrailOfAFiling() {
    JsonNode filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark("AUDIT PAGE"))
            .json();
    String id = filed.path("id").asString();
    String number = filed.path("applicationNumber").asString();
    assertThat(api.get("/api/v1/filings/" + id, Tokens.of("bob")).status()).isEqualTo(404);
    awaitRows(id, 2);

    try (Browser browser = Browser.start()) {
      browser.open(base + "/admin/audit?filing=" + number);
      browser.logInAs("adam");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit-rows")));

      assertThat(browser.driver().findElement(By.id("filing-number")).getText()).isEqualTo(number);
      List<WebElement> rows = browser.driver().findElements(By.cssSelector("#audit-rows tbody tr"));
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getText())
          .contains("alice", "applicant", "WRITE", "POST /api/v1/filings", "SUCCEEDED (201)");
      assertThat(rows.get(1).getText())
          .contains("bob", "READ", "GET /api/v1/filings/" + id, "NOT_FOUND (404)");
      assertThat(rows.get(1).getAttribute("data-outcome")).isEqualTo("NOT_FOUND");
      assertThat(browser.driver().findElement(By.id("export-csv")).getAttribute("href"))
          .contains("format=csv", "filing=" + number);
    }

    // The admin's page view is in the trail too, as a browser request of adam's.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        api.get("/api/v1/audit?actor=adam&limit=1000", Tokens.of("adam"))
                            .json()
                            .path("items")
                            .valueStream()
                            .filter(r -> r.path("channel").asString().equals("BROWSER"))
                            .filter(r -> r.path("path").asString().equals("/admin/audit"))
                            .filter(r -> r.path("roles").asString().contains("admin"))
                            .count())
                    .isPositive());
  }

  @Test
  void anUnknownApplicationNumberIsShownBesideItsField() {
    try (Browser browser = Browser.start()) {
      browser.open(base + "/admin/audit?filing=TM-1999-NOWHERE");
      browser.logInAs("adam");
      WebElement error =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("filing-error")));
      assertThat(error.getText()).contains("TM-1999-NOWHERE");
      WebElement field = browser.driver().findElement(By.id("filing"));
      assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(field.getAttribute("aria-describedby")).isEqualTo("filing-error");
    }
  }

  @Test
  void aUserWithoutTheAdminRoleIsRefusedThePageAndTheRefusalIsAudited() {
    try (Browser browser = Browser.start()) {
      browser.open(base + "/admin/audit");
      browser.logInAs("erin");
      browser.waiting().until(d -> d.getCurrentUrl().startsWith(base));
      assertThat(browser.driver().findElements(By.id("audit-rows"))).isEmpty();
      assertThat(browser.driver().getPageSource()).contains("403");
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        api.get(
                                "/api/v1/audit?actor=erin&outcome=DENIED&limit=1000",
                                Tokens.of("adam"))
                            .json()
                            .path("items")
                            .valueStream()
                            .filter(r -> r.path("path").asString().equals("/admin/audit"))
                            .filter(r -> r.path("channel").asString().equals("BROWSER"))
                            .count())
                    .isPositive());
  }

  @Test
  void formsWithoutTheirCsrfTokenAreRefused() {
    try (Browser browser = Browser.start()) {
      browser.open(base + "/admin/audit");
      browser.logInAs("adam");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
      Object status =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch('/logout', {method: 'POST', redirect: 'manual'})"
                      + ".then(r => done(r.status), e => done('error ' + e));");
      assertThat(status).isEqualTo(403L);
      // Still logged in: the forged logout did nothing.
      browser.open(base + "/admin/audit");
      assertThat(browser.driver().findElements(By.id("main"))).isNotEmpty();
      assertThat(browser.driver().getCurrentUrl()).startsWith(base + "/admin/audit");
    }
  }

  @Test
  void loggingOutEndsTheKeycloakSessionSoTheNextVisitAsksForThePasswordAgain() {
    try (Browser browser = Browser.start()) {
      browser.open(base + "/admin/audit");
      browser.logInAs("adam");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));

      browser.driver().findElement(By.cssSelector("header form button[type=submit]")).click();
      browser.waiting().until(d -> d.getCurrentUrl().equals(base + "/"));

      browser.open(base + "/admin/audit");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      assertThat(browser.driver().getCurrentUrl()).startsWith(TestStack.get().keycloakUrl());
    }
  }

  private void awaitRows(String filingId, int count) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.get("/api/v1/audit?filing=" + filingId, Tokens.of("adam"))
                        .json()
                        .path("items")
                        .size()
                    >= count);
  }
}
