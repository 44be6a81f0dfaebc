package org.ipflow.platform.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The portal's filing wizard in a real browser: bob files a trade mark step by step, is shown the
 * errors of a step tied to their fields, uploads its representation (a file of another type is
 * refused with a field error), finds his application in progress again in a new browser after
 * logging in anew, sees the fee the office will ask, files and pays it at the simulated payment
 * provider's, downloads the signed receipt once it is sealed and reads the timeline; the filing is
 * the one the API reads, in the language of proceedings he chose, with the payment the provider
 * confirmed.
 */
@PlatformTest
class FilingWizardIT {

  @LocalServerPort int port;
  @TempDir Path files;

  private String base;
  private Api api;

  @BeforeEach
  void base() {
    base = "http://localhost:" + port;
    api = new Api(port);
  }

  @Test
  void anApplicantFilesATradeMarkThroughTheWizard() throws IOException {
    String mark = "WIZARD " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Path png = Files.write(files.resolve("mark.png"), Filings.PNG);
    Path text = Files.writeString(files.resolve("notes.txt"), "not a PDF");

    try (Browser browser = Browser.start()) {
      browser.open(base + "/portal/filings?lang=en");
      browser.logInAs("bob");
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-filing")));
      browser.driver().findElement(By.id("new-filing")).click();
      step(browser, "right");
      browser.open(base + "/portal/filings/new/right");
      step(browser, "right");
      browser.driver().findElement(By.id("ipRight-TRADEMARK")).click();
      new Select(browser.driver().findElement(By.id("languageOfProceedings"))).selectByValue("fr");
      Screenshots.save(browser, "wizard-1-right");
      next(browser, "who");

      // The applicant's name left out: the step stays, the error is tied to its field.
      clearAndType(browser, "applicant-name", "");
      clearAndType(browser, "applicant-country", "CH");
      clearAndType(browser, "applicant-address", "Rue du Marché 1, 1204 Genève");
      browser.driver().findElement(By.id("next")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
      Screenshots.save(browser, "wizard-2-who-with-error");
      WebElement name = browser.driver().findElement(By.id("applicant-name"));
      assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(name.getAttribute("aria-describedby")).isEqualTo("applicant-name-error");
      assertThat(browser.driver().findElement(By.id("applicant-name-error")).getText())
          .isEqualTo("This field is required.");
      assertThat(
              browser.driver().findElement(By.cssSelector("label[for='applicant-name']")).getText())
          .isEqualTo("Name");
      // What was typed stays.
      assertThat(browser.driver().findElement(By.id("applicant-country")).getAttribute("value"))
          .isEqualTo("CH");
      clearAndType(browser, "applicant-name", "Bob Wizard SA");
      next(browser, "what");

      browser.driver().findElement(By.id("markKind-FIGURATIVE")).click();
      clearAndType(browser, "mark-text", mark);
      next(browser, "classes");

      new Select(browser.driver().findElement(By.id("goodsAndServices-0-niceClass")))
          .selectByValue("25");
      clearAndType(browser, "goodsAndServices-0-terms", "Clothing\nFootwear");
      browser.driver().findElement(By.id("add-row")).click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("goodsAndServices-1-terms")));
      Screenshots.save(browser, "wizard-3-classes");
      next(browser, "priority");
      next(browser, "documents");

      // A figurative mark without its image cannot move on; a text file is refused.
      browser.driver().findElement(By.id("next")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
      assertThat(browser.driver().findElement(By.id("documents")).getText())
          .contains("figurative mark needs its image");
      browser.driver().findElement(By.id("upload-file")).sendKeys(text.toString());
      browser.driver().findElement(By.id("upload")).click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("upload-file-error")));
      Screenshots.save(browser, "wizard-4-upload-refused");
      assertThat(browser.driver().findElement(By.id("upload-file-error")).getText())
          .isEqualTo("Upload a PDF, PNG or JPEG file.");
      assertThat(browser.driver().findElement(By.id("upload-file")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      new Select(browser.driver().findElement(By.id("upload-kind")))
          .selectByValue("MARK_REPRESENTATION");
      browser.driver().findElement(By.id("upload-file")).sendKeys(png.toString());
      browser.driver().findElement(By.id("upload")).click();
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("uploads")));
      assertThat(browser.driver().findElement(By.id("uploads")).getText()).contains("mark.png");
    }

    BigDecimal due = Filings.dueToday("TRADEMARK", "LEGAL_ENTITY", 1);
    // A new browser, a new login: the application in progress is where bob left it.
    try (Browser browser = Browser.start()) {
      browser.open(base + "/portal/filings/new?lang=en");
      browser.logInAs("bob");
      step(browser, "documents");
      assertThat(browser.driver().findElement(By.id("uploads")).getText()).contains("mark.png");
      Screenshots.save(browser, "wizard-5-continued-after-login");
      next(browser, "fees");

      WebElement fee = browser.driver().findElement(By.id("fee-amount"));
      assertThat(new BigDecimal(fee.getAttribute("data-amount"))).isEqualByComparingTo(due);
      assertThat(fee.getAttribute("data-currency")).isEqualTo("EUR");
      Screenshots.save(browser, "wizard-6-fees");
      next(browser, "review");
      assertThat(browser.driver().findElement(By.id("review-mark")).getText()).isEqualTo(mark);
      assertThat(browser.driver().findElement(By.id("review-language")).getText())
          .isEqualTo("French");
      Screenshots.save(browser, "wizard-7-review");
      browser.driver().findElement(By.id("submit")).click();

      // Filed, bob pays the fee at the (simulated) payment provider's and comes back.
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pay")));
      assertThat(browser.driver().getCurrentUrl()).startsWith(base + "/payments/simulated/");
      WebElement amount = browser.driver().findElement(By.id("checkout-amount"));
      assertThat(new BigDecimal(amount.getAttribute("data-amount"))).isEqualByComparingTo(due);
      Screenshots.save(browser, "wizard-8-checkout");
      browser.driver().findElement(By.id("pay")).click();
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
      assertThat(browser.driver().findElement(By.id("paid")).getText())
          .contains("payment was confirmed");
      Screenshots.save(browser, "wizard-9-filed-and-paid");

      // The receipt is sealed shortly after receipt: until it is there the page says it is being
      // prepared and looks again by itself; then bob downloads it, a signed PDF.
      WebElement receipt =
          new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("a.download[data-kind='FILING_RECEIPT']")));
      assertThat(browser.driver().findElements(By.id("receipt-pending"))).isEmpty();
      // Paid, no request for payment runs against bob any more.
      assertThat(browser.driver().findElements(By.cssSelector("#deadlines tr[data-kind]")))
          .isEmpty();
      Object download =
          browser
              .driver()
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
                      + " const text = new TextDecoder('latin1').decode(b);"
                      + " done([r.status, r.headers.get('content-type'), text.substring(0, 4),"
                      + " text.includes('/ByteRange')]); }), e => done(['error ' + e]));",
                  receipt.getAttribute("href"));
      assertThat(download).isEqualTo(List.of(200L, "application/pdf", "%PDF", true));

      // The status timeline: received, paid.
      WebElement timeline = browser.driver().findElement(By.id("timeline"));
      assertThat(timeline.findElements(By.cssSelector("tr[data-name='RECEIVED']"))).hasSize(1);
      assertThat(timeline.findElements(By.cssSelector("tr[data-name='PAYMENT_RECEIVED']")))
          .hasSize(1);
      Screenshots.save(browser, "wizard-10-receipt-and-timeline");
      String url = browser.driver().getCurrentUrl();
      String id = url.replaceFirst(".*/portal/filings/([0-9a-f-]{36}).*", "$1");

      JsonNode filing = api.get("/api/v1/filings/" + id, Tokens.of("bob")).json();
      assertThat(filing.path("ipRight").asString()).isEqualTo("TRADEMARK");
      assertThat(filing.path("content").path("languageOfProceedings").asString()).isEqualTo("fr");
      assertThat(filing.path("content").path("mark").path("text").asString()).isEqualTo(mark);
      assertThat(filing.path("content").path("applicant").path("name").asString())
          .isEqualTo("Bob Wizard SA");
      assertThat(filing.path("content").path("goodsAndServices").get(0).path("terms").toString())
          .contains("Clothing", "Footwear");
      assertThat(filing.path("documents").valueStream().map(d -> d.path("kind").asString()))
          .contains("MARK_REPRESENTATION");
      // The payment the provider confirmed, recorded through the filing's payment path.
      JsonNode payment = filing.path("payments").get(0);
      assertThat(payment.path("provider").asString()).isEqualTo("simulated");
      assertThat(new BigDecimal(payment.path("amount").asString())).isEqualByComparingTo(due);

      // Filed, the draft is gone: the wizard begins anew.
      browser.open(base + "/portal/filings/new");
      step(browser, "right");
      assertThat(browser.driver().findElements(By.cssSelector("input[name='ipRight']:checked")))
          .isEmpty();
    }
  }

  private static void step(Browser browser, String step) {
    browser
        .waiting()
        .until(
            d ->
                d.findElements(By.cssSelector("main[data-step='" + step + "']")).size() == 1
                    && d.findElements(By.id("error-summary")).isEmpty());
  }

  private static void next(Browser browser, String expected) {
    browser.driver().findElement(By.id("next")).click();
    step(browser, expected);
  }

  private static void clearAndType(Browser browser, String id, String text) {
    WebElement field = browser.driver().findElement(By.id(id));
    field.clear();
    if (!text.isEmpty()) {
      field.sendKeys(text);
    }
  }
}
