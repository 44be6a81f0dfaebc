package org.ipflow.platform.filing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.Submission;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.payment.PaymentOrder;
import org.ipflow.platform.payment.Payments;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemsAsPages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The filing wizard of the portal: one wizard with the same steps for every right — the right and
 * the language of proceedings, who files, what is filed, classes / designs / claims, priority,
 * documents, fees, review — with each right's own fields inside those steps. The application in
 * progress is kept on the server after every step ({@link FilingDrafts}); submitting it runs the
 * checks of the filing API ({@link FilingRequestValidator}) and files it through the same
 * idempotent submission, keyed by the draft, so that a double click files once.
 */
@Controller
@ProblemsAsPages
@RequestMapping("/portal/filings/new")
class FilingWizard {

  /** The steps, in order; their slugs are the pages' paths. */
  enum Step {
    RIGHT,
    WHO,
    WHAT,
    CLASSES,
    PRIORITY,
    DOCUMENTS,
    FEES,
    REVIEW;

    String slug() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Step> of(String slug) {
      return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    Step next() {
      return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    Step previous() {
      return this == RIGHT ? RIGHT : values()[ordinal() - 1];
    }
  }

  static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
  static final List<String> UPLOAD_TYPES = List.of("application/pdf", "image/png", "image/jpeg");

  private final FilingDrafts drafts;
  private final IdempotentSubmission submissions;
  private final FilingService filings;
  private final Payments payments;
  private final FeePreview fees;
  private final OfficeClock clock;
  private final OfficeProperties office;
  private final MessageSource messages;

  FilingWizard(
      FilingDrafts drafts,
      IdempotentSubmission submissions,
      FilingService filings,
      Payments payments,
      FeePreview fees,
      OfficeClock clock,
      OfficeProperties office,
      MessageSource messages) {
    this.drafts = drafts;
    this.submissions = submissions;
    this.filings = filings;
    this.payments = payments;
    this.fees = fees;
    this.clock = clock;
    this.office = office;
    this.messages = messages;
  }

  /** Continues the caller's application in progress where it was left, or begins one. */
  @GetMapping
  String start(Authentication caller) {
    String step = drafts.find(CurrentUser.of(caller).subject()).map(WizardDraft::step).orElse(null);
    return "redirect:/portal/filings/new/" + Step.of(step).orElse(Step.RIGHT).slug();
  }

  /**
   * Sets the application in progress aside (it stays listed in "My filings", to be continued later)
   * and begins another.
   */
  @PostMapping("/another")
  String another(Authentication caller) {
    drafts.setAside(owner(caller));
    return "redirect:/portal/filings/new";
  }

  @GetMapping("/{step}")
  String show(
      @PathVariable String step,
      Authentication caller,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Step at = step(step);
    WizardDraft draft = draft(caller, locale);
    // The review shows every error; the other steps show theirs once the applicant moves on.
    List<Problem> shown = at == Step.REVIEW ? problems(draft, null, locale) : List.of();
    return page(at, draft, shown, caller, locale, model.asMap(), response);
  }

  /**
   * Saves a step's fields (whatever they hold: nothing typed is lost) and moves on: {@code
   * action=next} to the next step unless this step's fields have errors, {@code back} to the
   * previous one, {@code stay} (another row, or a document removed) to this one again.
   */
  @PostMapping("/{step}")
  String save(
      @PathVariable String step,
      @RequestParam MultiValueMap<String, String> form,
      Authentication caller,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    Step at = step(step);
    if (at == Step.REVIEW) {
      return "redirect:/portal/filings/new/review";
    }
    WizardDraft draft = draft(caller, locale);
    WizardForm input = new WizardForm(form);
    WizardDraft changed = input.apply(at, draft, office);
    String action = input.value("action");
    Step target = "back".equals(action) ? at.previous() : "next".equals(action) ? at.next() : at;
    drafts.save(owner(caller), changed.at(target.slug()), clock.now());
    if ("next".equals(action) || !input.problems().isEmpty()) {
      List<Problem> errors = new ArrayList<>(input.problems());
      errors.addAll(problems(changed, at, locale));
      if (!errors.isEmpty() && !"back".equals(action)) {
        drafts.save(owner(caller), changed.at(at.slug()), clock.now());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(at, changed, errors, caller, locale, model.asMap(), response);
      }
    }
    return "redirect:/portal/filings/new/" + target.slug();
  }

  /** An upload for the documents step: PDF, PNG or JPEG, each checked as the API checks it. */
  @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      @RequestParam(name = "upload-kind", required = false) String kind,
      @RequestParam(name = "upload-file", required = false) MultipartFile file,
      Authentication caller,
      Locale locale,
      Model model,
      HttpServletResponse response)
      throws IOException {
    WizardDraft draft = draft(caller, locale);
    List<Problem> errors = new ArrayList<>();
    String right = draft.filing().ipRight();
    String fileName = file == null ? null : plainName(file.getOriginalFilename());
    String mediaType = file == null ? null : mediaType(file.getContentType());
    if (right == null) {
      errors.add(Problem.of("/ipRight", "wizard.error.rightFirst"));
    } else if (file == null || file.isEmpty()) {
      errors.add(Problem.of("/upload/file", "wizard.error.file.missing"));
    } else if (file.getSize() > MAX_UPLOAD_BYTES) {
      errors.add(Problem.of("/upload/file", "wizard.error.file.tooLarge"));
    } else if (!UPLOAD_TYPES.contains(mediaType)) {
      errors.add(Problem.of("/upload/file", "wizard.error.file.type"));
    } else {
      FilingRequest.Document document =
          new FilingRequest.Document(
              kind, fileName, mediaType, Base64.getEncoder().encodeToString(file.getBytes()));
      try {
        FilingRequestValidator.attachments(List.of(document), IpRight.valueOf(right));
        List<FilingRequest.Document> all = new ArrayList<>(draft.documents());
        all.add(document);
        WizardDraft changed =
            draft.with(WizardDraft.documents(draft.filing(), all)).at(Step.DOCUMENTS.slug());
        drafts.save(owner(caller), changed, clock.now());
        return "redirect:/portal/filings/new/documents";
      } catch (ApiProblem invalid) {
        for (ApiProblem.FieldError error : invalid.errors()) {
          String field = error.pointer().replaceFirst("^/documents/0/", "/upload/");
          if (field.equals("/upload/mediaType") || field.equals("/upload/content")) {
            field = "/upload/file";
          }
          errors.add(new Problem(field, Problem.key(error.detail()), error.detail()));
        }
      }
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(Step.DOCUMENTS, draft, errors, caller, locale, model.asMap(), response);
  }

  /** Files the application: the API's checks, then the API's idempotent submission. */
  @FilingIntake
  @PostMapping("/submit")
  String submit(Authentication caller, Locale locale, Model model, HttpServletResponse response) {
    CurrentUser user = CurrentUser.of(caller);
    Optional<WizardDraft> found = drafts.find(user.subject());
    if (found.isEmpty()) {
      return "redirect:/portal/filings/new";
    }
    WizardDraft draft = found.get();
    List<Problem> errors = problems(draft, null, locale);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(Step.REVIEW, draft, errors, caller, locale, model.asMap(), response);
    }
    NewFiling filing = FilingRequestValidator.validate(draft.filing(), clock.today());
    Submission submission = submissions.receive(filing, user.subject(), "portal-" + draft.id());
    drafts.delete(user.subject(), UUID.fromString(draft.id()));
    String page = "/portal/filings/" + submission.receipt().id() + "?filed";
    if (submission.replayed()) {
      return "redirect:" + page;
    }
    // The fee the office will ask (the same decision as after receipt), paid at the provider's.
    Filing filed = filings.get(submission.receipt().id());
    Optional<FeePreview.Fee> fee = fees.of(filed, locale.getLanguage());
    if (fee.isEmpty()) {
      return "redirect:" + page;
    }
    return "redirect:"
        + payments.start(
            new PaymentOrder(
                filed.id(),
                user.subject(),
                fee.get().amount(),
                fee.get().currency(),
                messages.getMessage(
                    "payment.applicationFee",
                    new Object[] {filed.applicationNumber().value()},
                    locale),
                page));
  }

  /** An upload over the servlet's own limit: the same field error, never a 500. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(
      MaxUploadSizeExceededException e,
      Authentication caller,
      Locale locale,
      HttpServletResponse response) {
    ModelAndView page = new ModelAndView();
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    page.setViewName(
        page(
            Step.DOCUMENTS,
            draft(caller, locale),
            List.of(Problem.of("/upload/file", "wizard.error.file.tooLarge")),
            caller,
            locale,
            page.getModelMap(),
            response));
    return page;
  }

  private static Step step(String slug) {
    return Step.of(slug).orElseThrow(() -> ApiProblem.notFound("The wizard step '" + slug + "'"));
  }

  private static String owner(Authentication caller) {
    return CurrentUser.of(caller).subject();
  }

  private WizardDraft draft(Authentication caller, Locale locale) {
    String language =
        office.languages().contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    return drafts.find(owner(caller)).orElseGet(() -> WizardDraft.start(language));
  }

  /**
   * What is wrong with the draft, as the filing API would say it (and the wizard's own checks):
   * those of {@code step} only, or all of them.
   */
  private List<Problem> problems(WizardDraft draft, Step step, Locale locale) {
    List<Problem> found = new ArrayList<>();
    try {
      FilingRequestValidator.validate(draft.filing(), clock.today());
    } catch (ApiProblem invalid) {
      if (invalid.errors() == null || invalid.errors().isEmpty()) {
        found.add(new Problem("", Problem.key(invalid.getMessage()), invalid.getMessage()));
      } else {
        for (ApiProblem.FieldError error : invalid.errors()) {
          found.add(new Problem(error.pointer(), Problem.key(error.detail()), error.detail()));
        }
      }
    }
    if ("TRADEMARK".equals(draft.filing().ipRight())
        && WizardDraft.FIGURATIVE.equals(draft.markKind())
        && draft.documents().stream()
            .noneMatch(d -> DocumentKind.MARK_REPRESENTATION.name().equals(d.kind()))) {
      found.add(Problem.of("/documents", "wizard.error.markImage"));
    }
    return step == null
        ? found
        : found.stream().filter(p -> Problem.stepOf(p.pointer()) == step).toList();
  }

  private String page(
      Step step,
      WizardDraft draft,
      List<Problem> errors,
      Authentication caller,
      Locale locale,
      Map<String, Object> model,
      HttpServletResponse response) {
    Map<String, String> byField = new LinkedHashMap<>();
    List<ErrorLink> summary = new ArrayList<>();
    for (Problem problem : errors) {
      String field = Problem.fieldId(problem.pointer());
      String text =
          messages.getMessage(
              problem.key(), new Object[] {problem.detail()}, problem.detail(), locale);
      byField.merge(field, text, (a, b) -> a + " " + b);
      summary.add(new ErrorLink(field, Problem.stepOf(problem.pointer()).slug(), text));
    }
    FilingRequest f = draft.filing();
    model.put("user", CurrentUser.userNameOf(caller));
    model.put("step", step.slug());
    model.put("steps", Arrays.stream(Step.values()).map(Step::slug).toList());
    model.put("draft", draft);
    model.put("f", f);
    model.put("right", f.ipRight());
    model.put("errors", byField);
    model.put("summary", summary);
    model.put("rights", Arrays.stream(IpRight.values()).map(Enum::name).toList());
    model.put("languages", office.languages().stream().sorted().toList());
    model.put("niceClasses", IntStream.rangeClosed(1, 45).boxed().toList());
    model.put("goodsRows", WizardForm.goodsRows(f));
    model.put("designRows", WizardForm.designRows(f));
    model.put("priorityRows", WizardForm.priorityRows(f));
    model.put("documentKinds", WizardForm.documentKinds(f.ipRight()));
    model.put("maxUploadMegabytes", MAX_UPLOAD_BYTES / (1024 * 1024));
    if (step == Step.FEES || step == Step.REVIEW) {
      model.put("fee", fee(draft, locale).orElse(null));
    }
    return "portal/wizard";
  }

  /** The fee of the draft as it stands, if it is complete enough to be filed. */
  private Optional<FeePreview.Fee> fee(WizardDraft draft, Locale locale) {
    try {
      NewFiling filing = FilingRequestValidator.validate(draft.filing(), clock.today());
      return fees.of(filing, clock.today(), locale.getLanguage());
    } catch (ApiProblem incomplete) {
      return Optional.empty();
    }
  }

  static String plainName(String name) {
    if (name == null) {
      return null;
    }
    String plain = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return plain.isBlank() ? null : plain;
  }

  static String mediaType(String declared) {
    if (declared == null) {
      return null;
    }
    String type = declared.toLowerCase(Locale.ROOT);
    int parameters = type.indexOf(';');
    type = (parameters < 0 ? type : type.substring(0, parameters)).strip();
    return type.equals("image/jpg") || type.equals("image/pjpeg") ? "image/jpeg" : type;
  }

  /** An error in the summary: its text, and where to fix it (the field, on its step). */
  record ErrorLink(String field, String step, String text) {}
}
