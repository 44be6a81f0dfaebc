package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The public register's pages in a real browser, without logging in: search, results, a published
 * filing's data and documents; an unpublished filing is not found; a bad field is shown beside it.
 */
@PlatformTest
class RegisterPagesIT {

  @LocalServerPort int port;
  @Autowired FilingService filings;

  private Api api;
  private String base;

  @BeforeEach
  void api() {
    base = "http://localhost:" + port;
    api = new Api(port);
  }

  @Test
  void anyoneSearchesTheRegisterAndReadsAPublishedFilingButNotAnUnpublishedOne() {
    String word = "REGPAGE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    JsonNode published = file(word + " PUBLIC");
    JsonNode unpublished = file(word + " HIDDEN");
    String number = published.path("applicationNumber").asString();
    Publication.publishWhenTheProcedureWaits(
        filings, UUID.fromString(published.path("id").asString()));

    try (Browser browser = Browser.start()) {
      browser.open(base + "/register?lang=en");
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("register-search")));
      Screenshots.save(browser, "register-1-search-form");
      assertThat(browser.driver().findElement(By.cssSelector("label[for='text']")).getText())
          .isEqualTo("Words of the mark");

      browser.driver().findElement(By.id("text")).sendKeys(word);
      browser.driver().findElement(By.id("search")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
      Screenshots.save(browser, "register-2-results");
      List<WebElement> rows = browser.driver().findElements(By.cssSelector("#results tbody tr"));
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).getText()).contains(number, word + " PUBLIC", "Published");

      rows.get(0).findElement(By.linkText(number)).click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
      Screenshots.save(browser, "register-3-entry");
      assertThat(browser.driver().findElement(By.id("application-number")).getText())
          .isEqualTo(number);
      assertThat(browser.driver().findElement(By.id("title")).getText())
          .isEqualTo(word + " PUBLIC");
      List<WebElement> documents =
          browser.driver().findElements(By.cssSelector("#documents tbody tr"));
      assertThat(documents)
          .extracting(d -> d.getAttribute("data-kind"))
          .containsExactly("MARK_REPRESENTATION");
      String href = documents.get(0).findElement(By.cssSelector("a.download")).getAttribute("href");
      Object download =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(arguments[0]).then(r => done([r.status,"
                      + " r.headers.get('content-type')]), e => done(['error ' + e]));",
                  href);
      assertThat(download).isEqualTo(List.of(200L, "image/png"));

      browser.open(base + "/register/" + unpublished.path("applicationNumber").asString());
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-status")));
      Screenshots.save(browser, "register-4-unpublished-not-found");
      assertThat(browser.driver().findElement(By.id("error-status")).getText()).isEqualTo("404");
      assertThat(browser.driver().getPageSource()).doesNotContain(word + " HIDDEN");

      browser.open(base + "/register?text=" + word + "&niceClass=99");
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("niceClass-error")));
      Screenshots.save(browser, "register-5-field-error");
      WebElement field = browser.driver().findElement(By.id("niceClass"));
      assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(field.getAttribute("aria-describedby")).isEqualTo("niceClass-error");
      assertThat(browser.driver().findElements(By.id("results"))).isEmpty();

      browser.open(base + "/register?lang=es");
      browser
          .waiting()
          .until(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      Screenshots.save(browser, "register-6-spanish");
      assertThat(browser.driver().findElement(By.cssSelector("label[for='text']")).getText())
          .isEqualTo("Palabras de la marca");
    }
  }

  private JsonNode file(String mark) {
    Api.Response filed =
        api.postJson("/api/v1/filings", Tokens.of("alice"), Filings.deficientTrademark(mark));
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    return filed.json();
  }
}
