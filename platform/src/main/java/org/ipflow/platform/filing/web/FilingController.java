package org.ipflow.platform.filing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.NewPayment;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.StorableText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing API: file an application of any right, read it back with its notices, payments and
 * timeline, download its documents, answer a notice, pay.
 */
@RestController
@RequestMapping("/api/v1/filings")
class FilingController {

  private final FilingService filings;
  private final IdempotentSubmission submissions;
  private final DocumentStore documents;
  private final OfficeClock clock;
  private final JsonMapper json;

  FilingController(
      FilingService filings,
      IdempotentSubmission submissions,
      DocumentStore documents,
      OfficeClock clock,
      JsonMapper json) {
    this.json = json;
    this.filings = filings;
    this.submissions = submissions;
    this.documents = documents;
    this.clock = clock;
  }

  @FilingIntake
  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReceiptView> file(
      @RequestBody FilingRequest request,
      @RequestHeader(name = IdempotentSubmission.HEADER, required = false) String idempotencyKey,
      @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    IdempotentSubmission.validKey(idempotencyKey);
    return submissions.submit(
        FilingRequestValidator.validate(request, clock.today()), user.subject(), idempotencyKey);
  }

  /**
   * The filing with a strong {@code ETag} of this representation: a client sends it back in {@code
   * If-Match} when it answers a notice, so that it never answers on the strength of a state that
   * has changed meanwhile; {@code If-None-Match} with it gets a 304.
   */
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FilingView> get(
      @PathVariable UUID id, @AuthenticationPrincipal Jwt jwt, WebRequest request) {
    Versioned current = view(filings.read(id, CurrentUser.of(jwt)));
    if (request.checkNotModified(current.etag())) {
      return null; // 304, headers set by checkNotModified
    }
    return ResponseEntity.ok().eTag(current.etag()).body(current.view());
  }

  /** A representation, its strong entity tag and the filing version it was made from. */
  private record Versioned(FilingView view, String etag, int version) {}

  private Versioned view(Filing filing) {
    UUID id = filing.id();
    FilingView view =
        FilingView.of(
            filing,
            filings.amountDue(id).orElse(null),
            documents.forFiling(id),
            filings.notices(id),
            filings.payments(id),
            filings.timeline(id));
    return new Versioned(view, EntityTags.of(json.writeValueAsBytes(view)), filing.version());
  }

  @GetMapping("/{id}/documents/{documentId}")
  ResponseEntity<byte[]> document(
      @PathVariable UUID id, @PathVariable UUID documentId, @AuthenticationPrincipal Jwt jwt) {
    StoredDocument document = filings.document(id, documentId, CurrentUser.of(jwt));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(document.fileName()).build().toString())
        .header("Digest", "sha-256=" + document.sha256())
        .body(documents.content(documentId));
  }

  /**
   * The filing's sealed receipt. It is issued right after the filing is acknowledged, by a durable
   * job: until it is there the answer is 202 with {@code Retry-After}, never a 404 for a receipt
   * that is owed.
   */
  @GetMapping("/{id}/receipt")
  ResponseEntity<?> receipt(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
    filings.read(id, CurrentUser.of(jwt));
    return documents
        .findKind(id, DocumentKind.FILING_RECEIPT)
        .<ResponseEntity<?>>map(issued -> document(id, issued.id(), jwt))
        .orElseGet(
            () ->
                ResponseEntity.accepted()
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new PendingReceipt(id, "PENDING")));
  }

  /** The answer while a receipt is being sealed. */
  record PendingReceipt(UUID filingId, String receipt) {}

  /**
   * The ETSI validation report (ETSI TS 119 102-2, as DSS writes it) of an uploaded document's
   * signatures, for those who may read the document.
   */
  @GetMapping(
      path = "/{id}/documents/{documentId}/validation-report",
      produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> validationReport(
      @PathVariable UUID id, @PathVariable UUID documentId, @AuthenticationPrincipal Jwt jwt) {
    filings.document(id, documentId, CurrentUser.of(jwt));
    String report =
        documents
            .validationReport(id, documentId)
            .orElseThrow(
                () ->
                    ApiProblem.notFound("A signature validation report of document " + documentId));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(report);
  }

  /**
   * The applicant's answer to a notice (missing elements or deficiencies): the corrected filing.
   */
  @PostMapping(
      path = "/{id}/response",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> respond(
      @PathVariable UUID id,
      @RequestBody FilingRequest request,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    Filing filing = filings.actable(id, user);
    Integer expectedVersion = null;
    if (ifMatch != null) {
      Versioned current = view(filing);
      if (!EntityTags.matches(ifMatch, current.etag())) {
        throw EntityTags.preconditionFailed(current.etag());
      }
      // Checked again under the filing's lock: nothing may change between this read and the answer.
      expectedVersion = current.version();
    }
    filings.respondToNotice(
        id, FilingRequestValidator.validate(request, clock.today()), user, expectedVersion);
    return ResponseEntity.accepted().location(URI.create("/api/v1/filings/" + id)).build();
  }

  /**
   * One notice. Read by the applicant, it counts as opened: a notice is deemed notified on the day
   * its addressee opens it, if that comes before the days after dispatch run out.
   */
  @GetMapping(path = "/{id}/notices/{noticeId}", produces = MediaType.APPLICATION_JSON_VALUE)
  Notice notice(
      @PathVariable UUID id, @PathVariable UUID noticeId, @AuthenticationPrincipal Jwt jwt) {
    return filings.readNotice(id, noticeId, CurrentUser.of(jwt));
  }

  /** The applicant's observations on an objection (the right to be heard), with documents. */
  @PostMapping(path = "/{id}/observations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> observe(
      @PathVariable UUID id,
      @RequestBody ObservationsRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    Filing filing = filings.actable(id, user);
    if (request == null
        || request.text() == null
        || request.text().isBlank()
        || request.text().length() > 20_000) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-observations",
          "Invalid observations",
          "Observations need a text of up to 20000 characters.",
          List.of(new ApiProblem.FieldError("/text", "is required, up to 20000 characters")));
    }
    StorableText.problem(request.text())
        .ifPresent(
            problem -> {
              throw new ApiProblem(
                  HttpStatus.BAD_REQUEST,
                  "invalid-observations",
                  "Invalid observations",
                  "The text of the observations " + problem + ".",
                  List.of(new ApiProblem.FieldError("/text", problem)));
            });
    filings.receiveObservations(
        id,
        request.text(),
        FilingRequestValidator.attachments(request.documents(), filing.ipRight()),
        user);
    return ResponseEntity.accepted().location(URI.create("/api/v1/filings/" + id)).build();
  }

  /** Observations on an objection. */
  record ObservationsRequest(String text, List<FilingRequest.Document> documents) {}

  /** A payment for the filing, as the payment provider reports it (idempotent per reference). */
  @PostMapping(path = "/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> pay(
      @PathVariable UUID id,
      @RequestBody FilingRequest.Payment payment,
      @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    filings.actable(id, user);
    NewPayment validated = PaymentValidation.validate(payment);
    filings.recordPayment(id, validated, user);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/v1/filings/" + id))
        .build();
  }

  /** Payments reported on their own. */
  static final class PaymentValidation {
    private PaymentValidation() {}

    static NewPayment validate(FilingRequest.Payment payment) {
      if (payment == null) {
        throw new ApiProblem(
            HttpStatus.BAD_REQUEST, "invalid-payment", "Invalid payment", "The body is empty.");
      }
      List<ApiProblem.FieldError> errors = new java.util.ArrayList<>();
      if (payment.amount() == null
          || payment.amount().signum() <= 0
          || payment.amount().scale() > 2
          || payment.amount().precision() > 12) {
        errors.add(
            new ApiProblem.FieldError("/amount", "a positive amount with at most two decimals"));
      }
      if (payment.currency() == null || !payment.currency().matches("[A-Z]{3}")) {
        errors.add(new ApiProblem.FieldError("/currency", "an ISO 4217 code such as EUR"));
      }
      if (payment.reference() == null
          || payment.reference().isBlank()
          || payment.reference().length() > 100) {
        errors.add(
            new ApiProblem.FieldError(
                "/reference", "the provider's reference, up to 100 characters"));
      }
      if (!errors.isEmpty()) {
        throw new ApiProblem(
            HttpStatus.BAD_REQUEST,
            "invalid-payment",
            "Invalid payment",
            "The payment is incomplete or malformed; see errors.",
            errors);
      }
      return new NewPayment(
          payment.amount(),
          payment.currency(),
          payment.reference(),
          FilingRequestValidator.PAYMENT_PROVIDER);
    }
  }
}
