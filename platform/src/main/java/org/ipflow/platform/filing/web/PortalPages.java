package org.ipflow.platform.filing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.AmountDue;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.filing.TimelineEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.payment.PaymentOrder;
import org.ipflow.platform.payment.Payments;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemsAsPages;
import org.ipflow.platform.web.StorableText;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.decision.ReasonTexts;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's portal: "My filings" and each filing's status, running time limits, timeline and
 * documents; answering a notice, sending observations on an objection, paying what the office asks.
 * Only the caller's own filings, as the service layer enforces; anyone else's is a 404.
 */
@Controller
@ProblemsAsPages
class PortalPages {

  static final int MAX_FILINGS = 500;
  static final int RECEIPT_REFRESH_SECONDS = 3;
  static final int MAX_EXPLANATION = 20_000;

  private final FilingService filings;
  private final DocumentStore documents;
  private final ZoneId zone;
  private final OfficeClock clock;
  private final MessageSource messages;
  private final Payments payments;
  private final FilingDrafts drafts;

  PortalPages(
      FilingService filings,
      DocumentStore documents,
      OfficeProperties office,
      OfficeClock clock,
      MessageSource messages,
      Payments payments,
      FilingDrafts drafts) {
    this.payments = payments;
    this.drafts = drafts;
    this.clock = clock;
    this.messages = messages;
    this.filings = filings;
    this.documents = documents;
    this.zone = office.zone();
  }

  /**
   * The caller's applications in progress (the wizard's drafts, most recently changed first) and
   * filings, newest first; {@code q} finds words of the application number, the mark or the title
   * (case and accents aside), {@code status} keeps one status.
   */
  @GetMapping("/portal/filings")
  String mine(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "status", required = false) String status,
      Authentication caller,
      Model model) {
    List<Filing> all = filings.filedBy(CurrentUser.of(caller), MAX_FILINGS);
    String wanted = query == null ? "" : query.strip();
    FilingStatus only =
        Arrays.stream(FilingStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
    model.addAttribute("user", CurrentUser.userNameOf(caller));
    model.addAttribute(
        "drafts",
        drafts.list(CurrentUser.of(caller).subject()).stream()
            .map(held -> Draft.of(held, zone))
            .toList());
    model.addAttribute("hasFilings", !all.isEmpty());
    model.addAttribute("q", wanted);
    model.addAttribute("status", only == null ? "" : only.name());
    model.addAttribute("statuses", FilingStatus.values());
    model.addAttribute(
        "filings",
        all.stream()
            .filter(f -> only == null || f.status() == only)
            .filter(f -> wanted.isEmpty() || matches(f, wanted))
            .toList());
    return "portal/filings";
  }

  private static boolean matches(Filing filing, String query) {
    String haystack =
        folded(
            filing.applicationNumber().value()
                + " "
                + (filing.mark() == null || filing.mark().text() == null
                    ? ""
                    : filing.mark().text())
                + " "
                + (filing.content().invention() == null
                    ? ""
                    : filing.content().invention().title()));
    return Arrays.stream(folded(query).split("\\s+")).allMatch(haystack::contains);
  }

  /** Lower case without accents: "Genève" finds "GENEVE". */
  private static String folded(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  @GetMapping("/portal/filings/{id}")
  String filing(@PathVariable UUID id, Authentication caller, Locale locale, Model model) {
    CurrentUser user = CurrentUser.of(caller);
    if (!model.containsAttribute("answerErrors")) {
      model.addAttribute("answerErrors", Map.of());
    }
    // The filer's own filing only: the staff read filings through their own tools.
    Filing filing = filings.actable(id, user);
    List<Deadline> running =
        filings.notices(id).stream()
            .filter(n -> "APPLICANT".equals(n.addressee()))
            .filter(n -> n.awaitsAnswer() && n.timeLimitLastDay() != null)
            .filter(n -> clock.now().isBefore(n.timeLimitPasses()))
            .map(n -> Deadline.of(n, locale.getLanguage()))
            .toList();
    model.addAttribute("user", CurrentUser.userNameOf(caller));
    model.addAttribute("filing", filing);
    model.addAttribute("notices", running);
    model.addAttribute(
        "timeline",
        filings.timeline(id).stream()
            .map(e -> Step.of(e, zone, locale.getLanguage()))
            // The filer's own steps name the filer, not the account's subject id.
            .map(
                step ->
                    step.actor() != null && step.actor().equals(user.subject())
                        ? step.by(user.userName())
                        : step)
            .toList());
    List<StoredDocument> held = documents.forFiling(id);
    model.addAttribute("documents", held);
    // The receipt is sealed shortly after receipt: until it is there, the page says so and looks
    // again by itself.
    boolean receipt = held.stream().anyMatch(d -> d.kind() == DocumentKind.FILING_RECEIPT);
    model.addAttribute("receiptPending", !receipt);
    if (!receipt) {
      model.addAttribute("refreshSeconds", RECEIPT_REFRESH_SECONDS);
    }
    model.addAttribute("zone", zone);
    model.addAttribute(
        "answerable",
        filing.status() == FilingStatus.AWAITING_DEFICIENCY_RESPONSE
            || filing.status() == FilingStatus.AWAITING_MISSING_ELEMENTS
            || observing(filing));
    model.addAttribute("observing", observing(filing));
    filings.amountDue(id).ifPresent(due -> model.addAttribute("due", due));
    model.addAttribute(
        "answerKinds",
        FilingRequestValidator.documentKinds(filing.ipRight()).stream()
            .map(Enum::name)
            .sorted()
            .toList());
    return "portal/filing";
  }

  /** Whether the office awaits the applicant's observations on an objection (right to be heard). */
  private static boolean observing(Filing filing) {
    return filing.status() == FilingStatus.AWAITING_OBSERVATIONS;
  }

  /**
   * The applicant's answer from the filing page: to a notice of deficiencies or of missing
   * elements, an explanation and a document added to the application as filed, received as the
   * API's answer is ({@link FilingService#respondToNotice}); to an objection, observations (a text
   * is required) and a document, received as the API's observations are ({@link
   * FilingService#receiveObservations}). Checked as the API checks them; anything wrong is shown at
   * its field, and nothing is stored.
   */
  @PostMapping(path = "/portal/filings/{id}/answer")
  String answer(
      @PathVariable UUID id,
      @RequestParam(name = "explanation", required = false) String explanation,
      @RequestParam(name = "answer-kind", required = false) String kind,
      @RequestParam(name = "answer-file", required = false) MultipartFile file,
      Authentication caller,
      Locale locale,
      Model model,
      HttpServletResponse response)
      throws IOException {
    CurrentUser user = CurrentUser.of(caller);
    Filing filing = filings.actable(id, user);
    Map<String, String> errors = new LinkedHashMap<>();
    boolean hasFile = file != null && !file.isEmpty();
    String text = explanation == null || explanation.isBlank() ? null : explanation.strip();
    if (text == null && observing(filing)) {
      errors.put("explanation", "portal.observations.error.empty");
    } else if (text == null && !hasFile) {
      errors.put("explanation", "portal.answer.error.empty");
    } else if (text != null && text.length() > MAX_EXPLANATION) {
      errors.put("explanation", "portal.answer.error.tooLong");
    }
    if (StorableText.problem(text).isPresent()) {
      errors.put("explanation", "wizard.error.text");
      explanation = StorableText.storablePart(explanation);
    }
    List<NewDocument> documents = List.of();
    if (hasFile) {
      String mediaType = FilingWizard.mediaType(file.getContentType());
      if (file.getSize() > FilingWizard.MAX_UPLOAD_BYTES) {
        errors.put("answer-file", "wizard.error.file.tooLarge");
      } else if (!FilingWizard.UPLOAD_TYPES.contains(mediaType)) {
        errors.put("answer-file", "wizard.error.file.type");
      } else {
        try {
          documents =
              FilingRequestValidator.attachments(
                  List.of(
                      new FilingRequest.Document(
                          kind,
                          FilingWizard.plainName(file.getOriginalFilename()),
                          mediaType,
                          Base64.getEncoder().encodeToString(file.getBytes()))),
                  filing.ipRight());
        } catch (ApiProblem invalid) {
          for (ApiProblem.FieldError error : invalid.errors()) {
            errors.put(
                error.pointer().endsWith("/kind") ? "answer-kind" : "answer-file",
                Problem.key(error.detail()));
          }
        }
      }
    }
    if (errors.isEmpty() && observing(filing)) {
      filings.receiveObservations(id, text, documents, user);
      return "redirect:/portal/filings/" + id + "?observed";
    }
    if (errors.isEmpty()) {
      filings.respondToNotice(
          id, new NewFiling(filing.ipRight(), filing.content(), documents, null), user, text);
      return "redirect:/portal/filings/" + id + "?answered";
    }
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach(
        (field, key) -> texts.put(field, messages.getMessage(key, new Object[] {""}, key, locale)));
    model.addAttribute("answerErrors", texts);
    model.addAttribute("explanation", explanation);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return filing(id, caller, locale, model);
  }

  /**
   * Pays what the office asks while the procedure waits for payment: the amount due, at the payment
   * provider's, back to the filing page. Nothing due (already paid, or the request is over) is a
   * conflict, never a second payment.
   */
  @PostMapping("/portal/filings/{id}/payment")
  String pay(@PathVariable UUID id, Authentication caller, Locale locale) {
    CurrentUser user = CurrentUser.of(caller);
    Filing filing = filings.actable(id, user);
    AmountDue due =
        filings
            .amountDue(id)
            .orElseThrow(
                () ->
                    ApiProblem.conflict(
                        "no-payment-due",
                        "Application "
                            + filing.applicationNumber().value()
                            + " has no payment due."));
    return "redirect:"
        + payments.start(
            new PaymentOrder(
                id,
                user.subject(),
                due.amount(),
                due.currency(),
                messages.getMessage(
                    "payment.requestedFee",
                    new Object[] {filing.applicationNumber().value()},
                    locale),
                "/portal/filings/" + id));
  }

  /** An application in progress as "My filings" lists it. */
  record Draft(
      String id,
      String ipRight,
      String title,
      String step,
      ZonedDateTime updatedAt,
      boolean current) {

    static Draft of(FilingDrafts.Held held, ZoneId zone) {
      FilingRequest filing = held.draft().filing();
      String title =
          filing.mark() != null && filing.mark().text() != null
              ? filing.mark().text()
              : filing.invention() != null ? filing.invention().title() : null;
      return new Draft(
          held.draft().id(),
          filing.ipRight(),
          title,
          held.draft().step(),
          held.updatedAt().atZone(zone),
          held.current());
    }
  }

  /** A notice awaiting the filer's answer, what it asks in the reader's language. */
  record Deadline(Notice notice, List<String> reasons) {

    static Deadline of(Notice notice, String language) {
      return new Deadline(notice, sentences(notice.reasons(), language));
    }
  }

  static List<String> sentences(List<Reason> reasons, String language) {
    return reasons == null
        ? List.of()
        : reasons.stream().map(r -> r.code() + " — " + ReasonTexts.text(r, language)).toList();
  }

  /**
   * One step of the timeline as the page shows it: the time in the office's zone, a decision's
   * reasons in the reader's language where the bundles can write them.
   */
  record Step(
      ZonedDateTime at,
      String type,
      String name,
      FilingStatus status,
      String outcome,
      List<String> reasons,
      String summary,
      String actor,
      boolean automated,
      boolean decision,
      UUID decisionId) {

    static Step of(TimelineEntry entry, ZoneId zone, String language) {
      return new Step(
          entry.at().atZone(zone),
          entry.type(),
          entry.name(),
          entry.status(),
          entry.outcome(),
          sentences(entry.reasons(), language),
          entry.summary(),
          entry.actor(),
          entry.automated(),
          "DECISION".equals(entry.type()),
          entry.decisionId());
    }

    Step by(String someone) {
      return new Step(
          at,
          type,
          name,
          status,
          outcome,
          reasons,
          summary,
          someone,
          automated,
          decision,
          decisionId);
    }
  }

  @GetMapping("/portal/filings/{id}/documents/{documentId}")
  ResponseEntity<byte[]> document(
      @PathVariable UUID id, @PathVariable UUID documentId, Authentication caller) {
    StoredDocument document = filings.document(id, documentId, CurrentUser.of(caller));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(document.fileName()).build().toString())
        .body(documents.content(documentId));
  }
}
