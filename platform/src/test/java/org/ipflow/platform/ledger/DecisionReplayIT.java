package org.ipflow.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.NewPayment;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.workers.replay.ReplayResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Filings of every right pushed through their automated steps; every automated row of the ledger
 * they leave, read back from PostgreSQL, is replayed through the version that made it and comes out
 * as recorded.
 */
@PlatformTest
@TestPropertySource(properties = "ipflow.examination.automated-acceptance=true")
class DecisionReplayIT {

  private static final ZoneId OFFICE = ZoneId.of("Europe/Zurich");

  @LocalServerPort int port;
  @Autowired FilingService filings;
  @Autowired DecisionLedger ledger;
  @Autowired DecisionReplay replay;

  @Test
  void everyAutomatedLedgerRowOfEveryRightIsReproduced() {
    LocalDate today = LocalDate.now(OFFICE);
    List<UUID> submitted = new ArrayList<>();
    FilingReceipt clean = filings.submit(mark("QUORVANTE", 14), "alice-id");
    FilingReceipt finding = filings.submit(mark("QUORVANTE PREMIUM", 14), "alice-id");
    FilingReceipt design = filings.submit(design("10-02"), "alice-id");
    FilingReceipt unknownLocarno = filings.submit(design("99-99"), "alice-id");
    FilingReceipt patent =
        filings.submit(invention(IpRight.PATENT, today.minusMonths(3)), "alice-id");
    FilingReceipt utilityModel =
        filings.submit(invention(IpRight.UTILITY_MODEL, today.minusMonths(13)), "alice-id");
    for (FilingReceipt receipt :
        List.of(clean, finding, design, unknownLocarno, patent, utilityModel)) {
      submitted.add(receipt.id());
    }

    awaitStatus(clean, s -> s == FilingStatus.PUBLISHED);
    awaitDecision(finding, "automated-acceptance");
    awaitDecision(design, "design-registrability");
    awaitDecision(unknownLocarno, "classification");
    awaitDecision(patent, "classification");
    awaitDecision(utilityModel, "utility-model-examination");

    Set<String> types = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    int replayed = 0;
    for (UUID filing : submitted) {
      for (LedgerEntry entry : ledger.forFiling(filing)) {
        if (!entry.automated()) {
          continue;
        }
        ReplayResult result = replay.replay(entry);
        replayed++;
        types.add(entry.decisionType() + " " + entry.decisionVersion());
        if (!result.reproduced() || !result.notes().isEmpty()) {
          failures.add(
              entry.decisionType()
                  + " "
                  + entry.decisionVersion()
                  + " "
                  + entry.id()
                  + ": "
                  + result.differences()
                  + " "
                  + result.notes());
        }
      }
    }

    assertThat(failures).isEmpty();
    assertThat(replayed).isGreaterThan(30);
    assertThat(types.stream().map(t -> t.substring(0, t.indexOf(' '))).toList())
        .contains(
            "filing-date-requirements",
            "formalities",
            "application-fee",
            "payment-matching",
            "priority-claim",
            "classification",
            "absolute-grounds-prescreen",
            "automated-acceptance",
            "design-registrability",
            "utility-model-examination");
    assertThat(types).contains("automated-acceptance 1.1.0");
  }

  @Test
  void officeStaffReadTheReplayOfADecisionAndUnknownIdsAreNotFound() {
    FilingReceipt receipt = filings.submit(mark("VELMIRAQ", 14), "alice-id");
    LedgerEntry formalities = awaitDecision(receipt, "formalities");
    Api api = new Api(port);

    Api.Response ok =
        api.get("/api/v1/decisions/" + formalities.id() + "/replay", Tokens.of("erin"));
    assertThat(ok.status()).isEqualTo(200);
    JsonNode body = ok.json();
    assertThat(body.path("type").asString()).isEqualTo("formalities");
    assertThat(body.path("reproduced").asBoolean()).isTrue();
    assertThat(body.path("differences").size()).isZero();
    assertThat(body.path("replayed").path("outcome").asString()).isEqualTo(formalities.outcome());

    Api.Response unknown =
        api.get("/api/v1/decisions/" + UUID.randomUUID() + "/replay", Tokens.of("sam"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(api.get("/api/v1/decisions/not-a-uuid/replay", Tokens.of("erin")).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/v1/decisions/" + formalities.id() + "/replay", Tokens.of("alice"))
                .status())
        .isEqualTo(403);
  }

  private LedgerEntry awaitDecision(FilingReceipt receipt, String type) {
    LedgerEntry[] found = new LedgerEntry[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              found[0] =
                  ledger.forFiling(receipt.id()).stream()
                      .filter(e -> e.decisionType().equals(type))
                      .findFirst()
                      .orElse(null);
              return found[0] != null;
            });
    return found[0];
  }

  private void awaitStatus(FilingReceipt receipt, Predicate<FilingStatus> status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> status.test(filings.get(receipt.id()).status()));
  }

  private static NewFiling mark(String text, int... classes) {
    List<Filing.ClassTerms> goods = new ArrayList<>();
    for (int niceClass : classes) {
      goods.add(
          new Filing.ClassTerms(
              niceClass,
              List.of(niceClass == 14 ? "Watches" : "Retail services for watches and jewellery")));
    }
    return new NewFiling(
        IpRight.TRADEMARK,
        new Filing.Content(
            "en",
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            new Filing.Mark(text),
            goods,
            List.of(),
            null,
            List.of(),
            0),
        List.of(
            new NewDocument(
                DocumentKind.MARK_REPRESENTATION, "mark.png", "image/png", Filings.PNG)),
        payment("TRADEMARK", classes.length));
  }

  private static NewFiling design(String locarno) {
    return new NewFiling(
        IpRight.DESIGN,
        new Filing.Content(
            "en",
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            new Filing.Mark(null),
            List.of(),
            List.of(new Filing.Design("Wrist watch", locarno)),
            null,
            List.of(),
            0),
        List.of(
            new NewDocument(
                DocumentKind.DESIGN_REPRESENTATION, "view.png", "image/png", Filings.PNG)),
        payment("DESIGN", 1));
  }

  private static NewFiling invention(IpRight right, LocalDate priority) {
    return new NewFiling(
        right,
        new Filing.Content(
            "en",
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            new Filing.Mark(null),
            List.of(),
            List.of(),
            new Filing.Invention(
                "Escapement with silicon hairspring",
                "A mechanical escapement in which ...",
                4,
                null,
                List.of("G04B 17/06")),
            List.of(new Filing.PriorityClaim("DE", "10 2025 000 001.1", priority)),
            0),
        List.of(),
        payment(right.name(), 4));
  }

  private static NewPayment payment(String right, int units) {
    return new NewPayment(
        Filings.dueToday(right, "LEGAL_ENTITY", units), "EUR", "PAY-" + UUID.randomUUID(), "test");
  }
}
