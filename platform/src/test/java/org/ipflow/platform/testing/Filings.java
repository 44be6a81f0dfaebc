package org.ipflow.platform.testing;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.NewPayment;
import org.ipflow.workers.fees.ApplicationFeeInput;
import org.ipflow.workers.fees.ApplicationFees;
import org.operaton.bpm.engine.TaskService;

/** Filing requests for API tests, as JSON-ready maps that a test can break on purpose. */
public final class Filings {

  /**
   * Waits (a minute at most) until the case filed as {@code receipt} has one open task {@code
   * activity}.
   */
  public static void awaitTask(TaskService tasks, FilingReceipt receipt, String activity) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                tasks
                        .createTaskQuery()
                        .processInstanceBusinessKey(receipt.applicationNumber().value())
                        .taskDefinitionKey(activity)
                        .count()
                    == 1);
  }

  /** The smallest valid PNG: one transparent pixel. */
  public static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private static final ApplicationFees FEES = new ApplicationFees();

  /**
   * Fees already computed, by their input: evaluating the DMN tables parses their FEEL entries each
   * time, which made the filing-API benchmark's clients take a fifth of the machine.
   */
  private static final Map<ApplicationFeeInput, BigDecimal> DUE = new ConcurrentHashMap<>();

  private Filings() {}

  /** A complete trade-mark application in two classes, with its fee paid at filing. */
  public static Map<String, Object> completeTrademark(String markText) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("ipRight", "TRADEMARK");
    request.put("languageOfProceedings", "en");
    request.put(
        "applicant",
        new LinkedHashMap<>(
            Map.of(
                "name",
                "Helvetia Watches AG",
                "country",
                "CH",
                "address",
                "Rue du Rhône 1, Genève")));
    request.put("mark", new LinkedHashMap<>(Map.of("text", markText)));
    List<Object> goods = new ArrayList<>();
    goods.add(new LinkedHashMap<>(Map.of("niceClass", 14, "terms", List.of("Watches", "Clocks"))));
    goods.add(
        new LinkedHashMap<>(
            Map.of("niceClass", 35, "terms", List.of("Retail services for watches"))));
    request.put("goodsAndServices", goods);
    List<Object> documents = new ArrayList<>();
    documents.add(
        new LinkedHashMap<>(
            Map.of(
                "kind", "MARK_REPRESENTATION",
                "fileName", "mark.png",
                "mediaType", "image/png",
                "content", Base64.getEncoder().encodeToString(PNG))));
    request.put("documents", documents);
    request.put("payment", payment(dueToday("TRADEMARK", "LEGAL_ENTITY", 2)));
    return request;
  }

  /**
   * An application the formalities check finds deficient: the applicant's country is no country.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> deficientTrademark(String markText) {
    Map<String, Object> request = completeTrademark(markText);
    ((Map<String, Object>) request.get("applicant")).put("country", "XQ");
    return request;
  }

  /**
   * A word mark for watches (class 14) from an applicant of the territory, paid at filing: every
   * automated check passes for a distinctive text, so it can be accepted without an examiner.
   */
  public static NewFiling paidWatchMark(String text) {
    return new NewFiling(
        IpRight.TRADEMARK,
        new Filing.Content(
            "en",
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            new Filing.Mark(text),
            List.of(new Filing.ClassTerms(14, List.of("Watches"))),
            List.of(),
            null,
            List.of(),
            0),
        List.of(new NewDocument(DocumentKind.MARK_REPRESENTATION, "mark.png", "image/png", PNG)),
        new NewPayment(
            dueToday("TRADEMARK", "LEGAL_ENTITY", 1), "EUR", "PAY-" + UUID.randomUUID(), "test"));
  }

  /** A payment of {@code amount} EUR with a fresh provider reference. */
  public static Map<String, Object> payment(BigDecimal amount) {
    return new LinkedHashMap<>(
        Map.of("amount", amount, "currency", "EUR", "reference", "PAY-" + UUID.randomUUID()));
  }

  /** The fee the office computes today for such an application. */
  public static BigDecimal dueToday(String right, String applicantCategory, int units) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
    return due(right, applicantCategory, units, today);
  }

  public static BigDecimal due(String right, String applicantCategory, int units, LocalDate date) {
    return DUE.computeIfAbsent(
        new ApplicationFeeInput(right, date, applicantCategory, units),
        input -> new BigDecimal((String) FEES.decide(input).outputs().get("amount")));
  }
}
