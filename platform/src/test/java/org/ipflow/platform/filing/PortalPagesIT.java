package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Browser;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Screenshots;
import org.ipflow.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The applicant's portal in a real browser (headless Chromium): alice logs in through Keycloak,
 * finds the mark she filed through the API in "My filings", reads its timeline, downloads its
 * filing receipt and switches to French; bob, another applicant, is told the filing does not exist.
 */
@PlatformTest
class PortalPagesIT {

  @LocalServerPort int port;

  private Api api;
  private String base;

  @BeforeEach
  void api() {
    base = "http://localhost:" + port;
    api = new Api(port);
  }

  @Test
  void anApplicantFollowsHerFilingInTheBrowserInEnglishAndFrench() {
    String mark = "PORTAL " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    JsonNode filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.completeTrademark(mark)).json();
    String id = filed.path("id").asString();
    String number = filed.path("applicationNumber").asString();
    LocalDate filingDate = LocalDate.parse(filed.path("filingDate").asString());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                api.get("/api/v1/filings/" + id, Tokens.of("alice"))
                    .json()
                    .path("documents")
                    .valueStream()
                    .anyMatch(d -> d.path("kind").asString().equals("FILING_RECEIPT")));

    try (Browser browser = Browser.start()) {
      browser.open(base + "/portal/filings?lang=en");
      browser.logInAs("alice");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("my-filings")));
      Screenshots.save(browser, "portal-1-my-filings");
      assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo("en");
      WebElement row =
          browser.driver().findElement(By.cssSelector("#my-filings tr[data-id='" + id + "']"));
      assertThat(row.getText()).contains(number, mark, "Trade mark");
      assertThat(row.findElement(By.cssSelector(".filing-date")).getText())
          .isEqualTo(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(filingDate));
      assertThat(browser.driver().findElement(By.cssSelector("#my-filings caption")).getText())
          .isEqualTo("Your filings");

      // Search: nothing matches a word none of her filings has...
      search(browser, "NOSUCHWORD");
      assertThat(browser.driver().findElement(By.id("no-match")).getText())
          .isEqualTo("None of your filings matches.");
      assertThat(browser.driver().findElements(By.cssSelector("#my-filings tbody tr"))).isEmpty();
      // ...and her mark's words, in any case, find that filing and no other.
      search(browser, mark.toLowerCase(Locale.ROOT));
      Screenshots.save(browser, "portal-1b-search");
      assertThat(browser.driver().findElements(By.cssSelector("#my-filings tbody tr")))
          .singleElement()
          .satisfies(r -> assertThat(r.getAttribute("data-id")).isEqualTo(id));
      row = browser.driver().findElement(By.cssSelector("#my-filings tr[data-id='" + id + "']"));

      row.findElement(By.linkText(number)).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
      Screenshots.save(browser, "portal-2-filing");
      assertThat(browser.driver().findElement(By.id("application-number")).getText())
          .isEqualTo(number);
      List<WebElement> steps = browser.driver().findElements(By.cssSelector("#timeline tbody tr"));
      assertThat(steps).isNotEmpty();
      assertThat(browser.driver().findElement(By.id("timeline")).getText()).contains("Received");

      WebElement receipt =
          browser.driver().findElement(By.cssSelector("a.download[data-kind='FILING_RECEIPT']"));
      assertThat(receipt.getAttribute("href"))
          .startsWith(base + "/portal/filings/" + id + "/documents/");
      // The download, through the browser's own session (its cookie), as a click would fetch it.
      Object download =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
                      + " r.headers.get('content-type'),"
                      + " String.fromCharCode(...new Uint8Array(b.slice(0, 4)))])),"
                      + " e => done(['error ' + e]));",
                  receipt.getAttribute("href"));
      assertThat(download).isEqualTo(List.of(200L, "application/pdf", "%PDF"));

      browser.driver().findElement(By.id("lang-fr")).click();
      browser
          .waiting()
          .until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      Screenshots.save(browser, "portal-3-filing-in-french");
      String page = browser.driver().findElement(By.id("main")).getText();
      assertThat(page).contains("Historique", "Documents", "Date de dépôt", "Récépissé de dépôt");
      assertThat(browser.driver().findElement(By.id("filing-date")).getText())
          .isEqualTo(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(filingDate));
      assertThat(browser.driver().findElement(By.id("right")).getText()).isEqualTo("Marque");

      // The choice holds for the next page (a cookie).
      browser.open(base + "/portal/filings");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("my-filings")));
      assertThat(browser.driver().findElement(By.cssSelector("#my-filings caption")).getText())
          .isEqualTo("Vos dépôts");
    }

    try (Browser browser = Browser.start()) {
      browser.open(base + "/portal/filings/" + id);
      browser.logInAs("bob");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-status")));
      Screenshots.save(browser, "portal-4-someone-elses-filing");
      assertThat(browser.driver().findElement(By.id("error-status")).getText()).isEqualTo("404");
      assertThat(browser.driver().getPageSource()).doesNotContain(number).doesNotContain(mark);

      browser.open(base + "/portal/filings");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
      assertThat(browser.driver().findElements(By.cssSelector("tr[data-id='" + id + "']")))
          .isEmpty();
    }
  }

  @Test
  void theTimeLimitOfADeficiencyNoticeIsShownWithItsLastDay() {
    JsonNode filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark("DEADLINE"))
            .json();
    String id = filed.path("id").asString();
    String[] lastDay = new String[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              api.get("/api/v1/filings/" + id, Tokens.of("alice"))
                  .json()
                  .path("notices")
                  .valueStream()
                  .filter(n -> n.path("kind").asString().equals("DEFICIENCIES"))
                  .findFirst()
                  .ifPresent(n -> lastDay[0] = n.path("timeLimitLastDay").asString());
              return lastDay[0] != null;
            });

    try (Browser browser = Browser.start()) {
      browser.open(base + "/portal/filings/" + id + "?lang=es");
      browser.logInAs("alice");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deadlines")));
      Screenshots.save(browser, "portal-5-deadline-in-spanish");
      WebElement notice = browser.driver().findElement(By.cssSelector("#deadlines tbody tr"));
      assertThat(notice.getAttribute("data-kind")).isEqualTo("DEFICIENCIES");
      assertThat(notice.findElement(By.cssSelector(".last-day")).getText())
          .isEqualTo(
              DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
                  .format(LocalDate.parse(lastDay[0])));
      assertThat(browser.driver().findElement(By.id("deadlines-heading")).getText())
          .isEqualTo("Plazos que corren contra usted");
    }
  }

  private static void search(Browser browser, String words) {
    WebElement field = browser.driver().findElement(By.id("q"));
    field.clear();
    field.sendKeys(words);
    field.submit();
    browser.awaitGone(field); // the results page replaced it
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("filing-search")));
  }
}
