package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeCalendars;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.payment.PaymentMatching;
import org.ipflow.workers.timelimits.DeemedNotification;
import org.ipflow.workers.timelimits.TimeLimit;
import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives filings and keeps their state: what was filed, notices and their time limits, payments,
 * and a timeline in which every change is an event.
 */
@Service
public class FilingService {

  private static final Logger log = LoggerFactory.getLogger(FilingService.class);

  private final FilingRepository filings;
  private final DocumentStore documents;
  private final DecisionLedger ledger;
  private final RuntimeService runtime;
  private final OfficeClock clock;
  private final OfficeProperties office;
  private final OfficeCalendars calendars;
  private final ApplicationEventPublisher events;
  private final NoticeTimers noticeTimers;
  private final FilingAccess access;

  FilingService(
      FilingRepository filings,
      DocumentStore documents,
      DecisionLedger ledger,
      RuntimeService runtime,
      OfficeClock clock,
      OfficeProperties office,
      OfficeCalendars calendars,
      ApplicationEventPublisher events,
      NoticeTimers noticeTimers,
      FilingAccess access) {
    this.filings = filings;
    this.documents = documents;
    this.ledger = ledger;
    this.runtime = runtime;
    this.clock = clock;
    this.office = office;
    this.calendars = calendars;
    this.events = events;
    this.noticeTimers = noticeTimers;
    this.access = access;
  }

  /**
   * Receives a filing: numbers it, dates it (the date of receipt in the office's time zone,
   * whatever the day), stores it with its documents (and a payment made with it) and the promise of
   * its procedure's start and its receipt — all in one transaction, so a filing the caller was told
   * about is never lost and never half stored. The procedure starts right after the commit.
   */
  @Transactional
  public FilingReceipt submit(NewFiling request, String filedBy) {
    return store(request, filedBy, UUID.randomUUID());
  }

  /**
   * Submits once per idempotency key of the caller: a retry with the same key and the same content
   * gets the receipt of the filing the first submission created; the same key with other content is
   * refused (422). Two concurrent submissions with one key: the second waits on the key and fails
   * with a duplicate key once the first commits, and its caller asks again (a replay then).
   *
   * @param idempotencyKey the client's key, or {@code null} for a plain submission
   */
  @Transactional
  public Submission submit(NewFiling request, String filedBy, String idempotencyKey) {
    if (idempotencyKey == null) {
      return new Submission(submit(request, filedBy), false);
    }
    String fingerprint = SubmissionFingerprint.of(request);
    Optional<Map.Entry<UUID, String>> earlier = filings.findIdempotent(filedBy, idempotencyKey);
    if (earlier.isPresent()) {
      if (!earlier.get().getValue().equals(fingerprint)) {
        throw new ApiProblem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "idempotency-key-reused",
            "Idempotency key already used",
            "The Idempotency-Key "
                + idempotencyKey
                + " was used for a submission with other content; use a new key for a new"
                + " application.");
      }
      Filing filing = get(earlier.get().getKey());
      return new Submission(
          new FilingReceipt(
              filing.id(),
              filing.applicationNumber(),
              clock.dateAt(filing.receivedAt()),
              filing.receivedAt(),
              FilingStatus.RECEIVED),
          true);
    }
    UUID id = UUID.randomUUID();
    filings.insertIdempotent(filedBy, idempotencyKey, fingerprint, id, clock.now());
    return new Submission(store(request, filedBy, id), false);
  }

  private FilingReceipt store(NewFiling request, String filedBy, UUID id) {
    Instant receivedAt = clock.now();
    LocalDate filingDate = clock.dateAt(receivedAt);
    int year = filingDate.getYear();
    IpRight right = request.ipRight();
    ApplicationNumber number =
        ApplicationNumber.of(right, year, filings.nextSerial(right, year), office.code());
    Filing filing =
        new Filing(
            id,
            number,
            right,
            FilingStatus.RECEIVED,
            filingDate,
            receivedAt,
            filedBy,
            request.content(),
            null,
            null,
            0);
    filings.insert(filing);
    List<StoredDocument> uploads = new ArrayList<>();
    for (NewDocument document : request.documents()) {
      uploads.add(documents.store(filing.id(), document, receivedAt));
    }
    documents.requireSignatures(right.name(), uploads);
    filings.insertEvent(
        filing.id(),
        receivedAt,
        "RECEIVED",
        FilingStatus.RECEIVED,
        right + " application " + number + " received on " + filingDate + ".",
        filedBy);
    if (request.payment() != null) {
      filings.insertPayment(filing.id(), request.payment(), receivedAt);
      filings.insertEvent(
          filing.id(), receivedAt, "PAYMENT_RECEIVED", null, describe(request.payment()), filedBy);
    }
    // Its receipt and the start of its procedure are owed from here (ADR 8, ADR 15).
    events.publishEvent(new FilingReceived(filing));
    log.info("Received {} application {} from {}", right, number, filedBy);
    return new FilingReceipt(filing.id(), number, filingDate, receivedAt, filing.status());
  }

  /** A right in force in the register under {@code registrationNumber}. */
  public Optional<Filing> findRegistered(String registrationNumber) {
    return filings
        .findByRegistrationNumber(registrationNumber)
        .filter(f -> f.status() == FilingStatus.REGISTERED);
  }

  public Optional<Filing> find(UUID id) {
    return filings.find(id);
  }

  /** A filing by its ST.13 application number, as printed on receipts and notices. */
  public Optional<Filing> findByApplicationNumber(String applicationNumber) {
    return filings.findByApplicationNumber(applicationNumber);
  }

  public Filing get(UUID id) {
    return filings.find(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
  }

  /**
   * The filings {@code user} filed (as applicant, or as agent for clients), newest first: only the
   * caller's own, whatever the caller's role.
   */
  public List<Filing> filedBy(CurrentUser user, int limit) {
    return filings.filedBy(user.subject(), limit);
  }

  /** The filing, for a user who may read it ({@link FilingAccess}); to others 404. */
  public Filing read(UUID id, CurrentUser user) {
    return access.readable(id, user);
  }

  /** The filing, for the party who filed it; 404 to strangers, 403 to the staff. */
  public Filing actable(UUID id, CurrentUser user) {
    return access.actable(id, user);
  }

  /** A document of the filing, for a user who may read the filing. */
  public StoredDocument document(UUID id, UUID documentId, CurrentUser user) {
    access.readable(id, user);
    return documents
        .find(id, documentId)
        .orElseThrow(() -> ApiProblem.notFound("Document " + documentId));
  }

  /**
   * A notice of the filing, for a user who may read the filing; read by the party who filed it, it
   * counts as opened ({@link #openNotice}).
   */
  @Transactional
  public Notice readNotice(UUID id, UUID noticeId, CurrentUser user) {
    Filing filing = access.readable(id, user);
    if (FilingAccess.filedBy(filing, user)) {
      return openNotice(id, noticeId, user.userName());
    }
    return notices(id).stream()
        .filter(n -> n.id().equals(noticeId))
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound("Notice " + noticeId));
  }

  /** Status events and decisions, oldest first. */
  public List<TimelineEntry> timeline(UUID id) {
    List<TimelineEntry> timeline = new ArrayList<>(filings.events(id));
    for (LedgerEntry decision : ledger.forFiling(id)) {
      timeline.add(
          new TimelineEntry(
              decision.decidedAt(),
              "DECISION",
              decision.decisionType(),
              null,
              decision.outcome(),
              decision.reasons(),
              decision.decisionType()
                  + ": "
                  + decision.outcome()
                  + " — "
                  + decision.reasons().stream().map(Reason::text).collect(Collectors.joining(" ")),
              decision.actor().id(),
              decision.id(),
              decision.automated()));
    }
    timeline.sort(Comparator.comparing(TimelineEntry::at));
    return timeline;
  }

  public List<Notice> notices(UUID id) {
    return filings.notices(id);
  }

  /**
   * Closes the applicant's notices sent since {@code since} and still unanswered: the procedure no
   * longer waits for them (an upheld contest of the decision that sent them). Returns how many.
   */
  @Transactional
  public int closeMootNotices(UUID id, Instant since, String reason, String actor) {
    Instant now = clock.now();
    int closed = filings.closeNoticesSince(id, since, now, reason);
    if (closed > 0) {
      filings.insertEvent(
          id, now, "NOTICES_CLOSED", null, closed + " notice(s) closed: " + reason, actor);
    }
    return closed;
  }

  /**
   * Extends by {@code days} the applicant's time limits that were still running at {@code since}
   * (they stood still while a contested decision was reviewed), and says so in the timeline.
   */
  @Transactional
  public int extendOpenTimeLimits(UUID id, Instant since, int days, String actor) {
    int extended = filings.extendOpenTimeLimits(id, since, days, office.zone());
    if (extended > 0) {
      filings.insertEvent(
          id,
          clock.now(),
          "TIME_LIMITS_EXTENDED",
          null,
          extended + " time limit(s) extended by " + days + " day(s), the time they stood still.",
          actor);
    }
    return extended;
  }

  /**
   * The addressee opens a notice. The first opening is recorded; if it comes before the days after
   * dispatch have run out, the notice is deemed notified that day, and the time limit it set (not
   * yet answered, not yet passed) runs from there, its timer moved with it.
   */
  @Transactional
  public Notice openNotice(UUID id, UUID noticeId, String actor) {
    lock(id);
    Notice notice =
        filings.notices(id).stream()
            .filter(n -> n.id().equals(noticeId))
            .findFirst()
            .orElseThrow(() -> ApiProblem.notFound("Notice " + noticeId));
    if (notice.openedAt() != null) {
      return notice;
    }
    Instant now = clock.now();
    @SuppressWarnings("unchecked")
    Map<String, Object> sent = (Map<String, Object>) notice.timeLimit().get("notification");
    int days = ((Number) sent.get("daysAfterDispatch")).intValue();
    DeemedNotification notification =
        DeemedNotification.of(notice.dispatchedAt(), now, days, office.zone());
    boolean running = notice.awaitsAnswer() && now.isBefore(notice.timeLimitPasses());
    Notice opened;
    if (running && notification.date().isBefore(notice.deemedNotifiedOn())) {
      TimeLimit limit =
          notification.timeLimit(
              Period.parse((String) notice.timeLimit().get("period")), calendars.current());
      Map<String, Object> computation = new LinkedHashMap<>(limit.snapshot());
      computation.put("notification", notification.snapshot());
      opened =
          withOpening(
              notice,
              now,
              notification.date(),
              limit.lastDay(),
              limit.passedAt(office.zone()),
              computation);
      noticeTimers.move(id, notice.timeLimitPasses(), opened.timeLimitPasses());
      filings.updateOpenedNotice(opened);
      filings.insertEvent(
          id,
          now,
          "NOTICE_OPENED",
          null,
          notification.explanation() + " The time limit now ends on " + limit.lastDay() + ".",
          actor);
    } else {
      opened =
          withOpening(
              notice,
              now,
              notice.deemedNotifiedOn(),
              notice.timeLimitLastDay(),
              notice.timeLimitPasses(),
              notice.timeLimit());
      filings.updateOpenedNotice(opened);
      filings.insertEvent(
          id,
          now,
          "NOTICE_OPENED",
          null,
          "Notice opened; it was already deemed notified on " + notice.deemedNotifiedOn() + ".",
          actor);
    }
    return opened;
  }

  private static Notice withOpening(
      Notice notice,
      Instant openedAt,
      LocalDate deemed,
      LocalDate lastDay,
      Instant passes,
      Map<String, Object> computation) {
    return new Notice(
        notice.id(),
        notice.kind(),
        notice.language(),
        notice.dispatchedAt(),
        deemed,
        lastDay,
        passes,
        computation,
        notice.reasons(),
        notice.answeredAt(),
        notice.addressee(),
        notice.oppositionId(),
        openedAt,
        notice.closedAt(),
        notice.closedReason());
  }

  public List<ReceivedPayment> payments(UUID id) {
    return filings.payments(id);
  }

  /**
   * What the applicant still has to pay, while the procedure waits for it: the shortfall of the
   * latest payment check, as long as its request is neither paid nor closed (once a payment
   * arrives, the procedure checks again and asks anew for what is still missing).
   */
  public Optional<AmountDue> amountDue(UUID id) {
    if (get(id).status() != FilingStatus.AWAITING_PAYMENT) {
      return Optional.empty();
    }
    Optional<Notice> request =
        filings.notices(id).stream()
            .filter(n -> "PAYMENT_REQUEST".equals(n.kind()) && n.awaitsAnswer())
            .reduce((earlier, later) -> later);
    List<LedgerEntry> checks = ledger.forFiling(id, List.of(PaymentMatching.TYPE));
    if (request.isEmpty() || checks.isEmpty()) {
      return Optional.empty();
    }
    LedgerEntry latest = checks.get(checks.size() - 1);
    long shortfall = ((Number) latest.outputs().get("shortfallMinor")).longValue();
    if (!PaymentMatching.SHORTFALL.equals(latest.outcome()) || shortfall <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new AmountDue(
            BigDecimal.valueOf(shortfall, 2),
            (String) latest.inputs().get("currency"),
            request.get().timeLimitLastDay()));
  }

  @Transactional
  public void changeStatus(UUID id, FilingStatus status, String summary, String actor) {
    Instant now = clock.now();
    setStatus(id, status, now);
    filings.insertEvent(id, now, "STATUS", status, summary, actor);
  }

  @Transactional
  public void recordEvent(UUID id, String type, String summary, String actor) {
    filings.insertEvent(id, clock.now(), type, null, summary, actor);
  }

  @Transactional
  public void recordFee(UUID id, BigDecimal amount, String currency) {
    filings.updateFee(id, amount, currency, clock.now());
  }

  /** Replaces what was filed, e.g. when unpaid classes are deleted. */
  @Transactional
  public void amend(UUID id, Filing.Content content, String summary, String actor) {
    Instant now = clock.now();
    filings.updateContent(id, content, now);
    filings.insertEvent(id, now, "AMENDED", null, summary, actor);
  }

  /**
   * Sends a notice: its time limit runs from the deemed date of notification (here: the configured
   * days after electronic dispatch) and ends, extended by the office calendar, with its last day.
   */
  @Transactional
  public Notice sendNotice(
      UUID id,
      String kind,
      List<Reason> reasons,
      Period period,
      FilingStatus status,
      String actor) {
    return sendNotice(id, kind, reasons, period, status, actor, "APPLICANT", null);
  }

  /**
   * Sends a notice to a party ({@code APPLICANT} or, in an opposition, {@code OPPONENT}); a {@code
   * null} status leaves the filing's status as it is.
   */
  @Transactional
  public Notice sendNotice(
      UUID id,
      String kind,
      List<Reason> reasons,
      Period period,
      FilingStatus status,
      String actor,
      String addressee,
      UUID oppositionId) {
    Filing filing = get(id);
    Instant now = clock.now();
    DeemedNotification notification =
        DeemedNotification.of(now, null, office.notificationDays(), office.zone());
    TimeLimit limit = notification.timeLimit(period, calendars.current());
    Map<String, Object> computation = new LinkedHashMap<>(limit.snapshot());
    computation.put("notification", notification.snapshot());
    Notice notice =
        new Notice(
            UUID.randomUUID(),
            kind,
            filing.content().languageOfProceedings(),
            now,
            notification.date(),
            limit.lastDay(),
            limit.passedAt(office.zone()),
            computation,
            reasons,
            null,
            addressee,
            oppositionId,
            null,
            null,
            null);
    filings.insertNotice(id, notice);
    events.publishEvent(new NoticeSent(id, notice));
    if (status != null) {
      setStatus(id, status, now);
    }
    filings.insertEvent(
        id,
        now,
        "NOTICE_" + kind,
        status,
        noticeSummary(kind)
            + " "
            + reasons.stream().map(r -> r.code() + " " + r.text()).collect(Collectors.joining(" "))
            + " Deemed notified on "
            + notification.date()
            + "; time limit: "
            + limit.lastDay()
            + limit.extension().map(e -> " (" + e + ")").orElse("")
            + ".",
        actor);
    return notice;
  }

  private static String noticeSummary(String kind) {
    return switch (kind) {
      case "MISSING_ELEMENTS" ->
          "Notice: the application lacks elements required for a filing date.";
      case "DEFICIENCIES" -> "Notice of deficiencies.";
      case "PAYMENT_REQUEST" -> "Payment request.";
      case "OPPOSITION_OBSERVATIONS" ->
          "An opposition was filed against the application; the applicant may submit observations.";
      case "OPPOSITION_REPLY" -> "The opponent may reply to the applicant's observations.";
      case "OBJECTION" ->
          "Objection: the office intends to refuse the application, in whole or in part, on these"
              + " grounds; the applicant may submit observations.";
      default -> "Notice.";
    };
  }

  /**
   * Publishes the application or registration, once: the first publication date stands. Waiting
   * grants (a patent accepted before its publication) are woken in the same transaction; the
   * filing's row lock orders this with {@link #isPublishedLocked}.
   */
  @Transactional
  public Instant publish(UUID id, String what, FilingStatus status, String actor) {
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    Instant now = clock.now();
    Instant published = filings.publishedAt(id).orElse(null);
    if (published == null) {
      filings.updatePublished(id, now);
      published = now;
    }
    if (status != null) {
      setStatus(id, status, now);
    }
    filings.insertEvent(
        id, now, "PUBLISHED", status, what + " published on " + clock.dateAt(now) + ".", actor);
    runtime
        .createMessageCorrelation(FilingProcess.Messages.APPLICATION_PUBLISHED)
        .processInstanceBusinessKey(filing.applicationNumber().value())
        .correlateAll();
    return published;
  }

  /** Whether the application is published, read under the filing's row lock. */
  @Transactional
  public boolean isPublishedLocked(UUID id) {
    filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    return filings.publishedAt(id).isPresent();
  }

  public Optional<Instant> publishedAt(UUID id) {
    return filings.publishedAt(id);
  }

  /**
   * Changes the status and tells the other modules in the same transaction (the register of marks
   * follows publication, registration, refusal and withdrawal).
   */
  private void setStatus(UUID id, FilingStatus status, Instant at) {
    filings.updateStatus(id, status, at);
    events.publishEvent(new FilingStatusChanged(id, status));
  }

  /** Locks the filing's row for the rest of the caller's transaction. */
  @Transactional
  public Filing lock(UUID id) {
    return filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
  }

  /** Registers the filing once: a redelivered job gets the registration made by the first. */
  @Transactional
  public Filing.Registration register(UUID id, Period term, String actor) {
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    if (filing.registration() != null) {
      return filing.registration();
    }
    LocalDate today = clock.today();
    Filing.Registration registration =
        new Filing.Registration(
            String.format("%08d", filings.nextRegistrationSerial()),
            today,
            filing.filingDate().plus(term));
    filings.updateRegistration(id, registration, clock.now());
    changeStatus(
        id,
        FilingStatus.REGISTERED,
        (filing.ipRight() == IpRight.PATENT ? "Granted" : "Registered")
            + " under number "
            + registration.number()
            + "; protection until "
            + registration.expiryDate()
            + ".",
        actor);
    return registration;
  }

  /** The answer to a notice from the party who filed the application (see below). */
  @Transactional
  public void respondToNotice(
      UUID id, NewFiling corrected, CurrentUser user, Integer expectedVersion) {
    access.actable(id, user);
    respondToNotice(id, corrected, user.userName(), expectedVersion);
  }

  /**
   * The applicant's answer to a notice: the corrected application replaces what was filed and new
   * documents are added. Supplying what a filing date needs moves the filing date to the day it
   * arrives; answering a notice of deficiencies keeps it.
   */
  @Transactional
  public void respondToNotice(UUID id, NewFiling corrected, String respondent) {
    respondToNotice(id, corrected, respondent, null);
  }

  /**
   * @param expectedVersion the filing's version the respondent saw (from its ETag), or {@code null}
   *     when the request was unconditional; another version is a 412
   */
  @Transactional
  public void respondToNotice(
      UUID id, NewFiling corrected, String respondent, Integer expectedVersion) {
    respondToNotice(id, corrected, respondent, expectedVersion, null);
  }

  /**
   * The answer from the portal's filing page: documents added to the application as filed, with the
   * applicant's explanation, which the timeline keeps.
   */
  @Transactional
  public void respondToNotice(UUID id, NewFiling corrected, CurrentUser user, String explanation) {
    access.actable(id, user);
    respondToNotice(id, corrected, user.userName(), null, explanation);
  }

  private void respondToNotice(
      UUID id,
      NewFiling corrected,
      String respondent,
      Integer expectedVersion,
      String explanation) {
    String said =
        explanation == null || explanation.isBlank()
            ? ""
            : " The applicant writes: " + explanation.strip();
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    if (expectedVersion != null && filing.version() != expectedVersion) {
      throw new ApiProblem(
          HttpStatus.PRECONDITION_FAILED,
          "precondition-failed",
          "Precondition failed",
          "Application "
              + filing.applicationNumber()
              + " changed since you read it; read it again and answer on the current state.");
    }
    String message =
        switch (filing.status()) {
          case AWAITING_MISSING_ELEMENTS -> FilingProcess.Messages.MISSING_ELEMENTS_RECEIVED;
          case AWAITING_DEFICIENCY_RESPONSE -> FilingProcess.Messages.DEFICIENCY_RESPONSE_RECEIVED;
          default ->
              throw ApiProblem.conflict(
                  "no-response-awaited",
                  "Application "
                      + filing.applicationNumber()
                      + " is "
                      + filing.status()
                      + "; no answer to a notice is awaited.");
        };
    if (corrected.ipRight() != filing.ipRight()) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-filing",
          "Invalid filing",
          "The IP right of an application cannot change in a response.",
          List.of(new ApiProblem.FieldError("/ipRight", "must be " + filing.ipRight())));
    }
    Instant now = clock.now();
    filings.updateContent(id, corrected.content(), now);
    List<StoredDocument> uploads = new ArrayList<>();
    for (NewDocument document : corrected.documents()) {
      uploads.add(documents.store(id, document, now));
    }
    documents.requireSignatures(filing.ipRight().name(), uploads);
    filings.markNoticesAnswered(id, now);
    if (message.equals(FilingProcess.Messages.MISSING_ELEMENTS_RECEIVED)) {
      LocalDate arrival = clock.dateAt(now);
      filings.updateFilingDate(id, arrival, now);
      setStatus(id, FilingStatus.RECEIVED, now);
      filings.insertEvent(
          id,
          now,
          "MISSING_ELEMENTS_RECEIVED",
          FilingStatus.RECEIVED,
          "The applicant supplied the missing elements; if they are complete, the filing date is "
              + arrival
              + ", the day they arrived."
              + said,
          respondent);
    } else {
      setStatus(id, FilingStatus.RECEIVED, now);
      filings.insertEvent(
          id,
          now,
          "DEFICIENCY_RESPONSE",
          FilingStatus.RECEIVED,
          "The applicant answered the notice of deficiencies; the formalities are checked again."
              + said,
          respondent);
    }
    runtime
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(filing.applicationNumber().value())
        .correlate();
  }

  /** Observations on an objection from the party who filed the application (see below). */
  @Transactional
  public void receiveObservations(
      UUID id, String observations, List<NewDocument> attachments, CurrentUser user) {
    access.actable(id, user);
    receiveObservations(id, observations, attachments, user.userName());
  }

  /**
   * The applicant's observations on an objection: recorded with their documents; the examiner
   * decides after reading them.
   */
  @Transactional
  public void receiveObservations(
      UUID id, String observations, List<NewDocument> attachments, String respondent) {
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    if (filing.status() != FilingStatus.AWAITING_OBSERVATIONS) {
      throw ApiProblem.conflict(
          "no-observations-awaited",
          "Application "
              + filing.applicationNumber()
              + " is "
              + filing.status()
              + "; no observations on an objection are awaited.");
    }
    Instant now = clock.now();
    List<StoredDocument> uploads = new ArrayList<>();
    for (NewDocument document : attachments) {
      uploads.add(documents.store(id, document, now));
    }
    documents.requireSignatures(filing.ipRight().name(), uploads);
    filings.markNoticesAnswered(id, now);
    setStatus(id, FilingStatus.UNDER_EXAMINATION, now);
    filings.insertEvent(
        id, now, "OBSERVATIONS", FilingStatus.UNDER_EXAMINATION, observations, respondent);
    runtime
        .createMessageCorrelation(FilingProcess.Messages.OBSERVATIONS_RECEIVED)
        .processInstanceBusinessKey(filing.applicationNumber().value())
        .correlate();
  }

  /** A payment reported for the application by the party who filed it (see below). */
  @Transactional
  public void recordPayment(UUID id, NewPayment payment, CurrentUser user) {
    access.actable(id, user);
    recordPayment(id, payment, user.userName());
  }

  /**
   * Records a payment reported by the payment provider (once per provider reference) and, if the
   * procedure waits for payment, lets it check again. Serialised with the payment check by the
   * filing's row lock, so a payment is never missed between the check and the wait.
   */
  @Transactional
  public void recordPayment(UUID id, NewPayment payment, String actor) {
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    boolean known =
        filings.payments(id).stream()
            .anyMatch(
                p ->
                    p.provider().equals(payment.provider())
                        && p.reference().equals(payment.reference()));
    if (known) {
      return;
    }
    Instant now = clock.now();
    filings.insertPayment(id, payment, now);
    filings.insertEvent(id, now, "PAYMENT_RECEIVED", null, describe(payment), actor);
    if (filing.status() == FilingStatus.AWAITING_PAYMENT) {
      // The request for payment is answered: its time limit no longer runs against the applicant
      // (if the payment falls short, the procedure sends a new request with its own time limit).
      filings.markNoticesAnswered(id, now);
      runtime
          .createMessageCorrelation(FilingProcess.Messages.PAYMENT_RECEIVED)
          .processInstanceBusinessKey(filing.applicationNumber().value())
          .correlateAll();
    }
  }

  /** The payments of a filing, read under the filing's row lock (see {@link #recordPayment}). */
  @Transactional
  public List<ReceivedPayment> lockedPayments(UUID id) {
    filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    return filings.payments(id);
  }

  /** How many documents of each kind the filing holds, in one read. */
  public Map<DocumentKind, Long> documentCounts(UUID id) {
    return documents.countByKind(id);
  }

  private static String describe(NewPayment payment) {
    return "Payment of "
        + payment.amount().toPlainString()
        + " "
        + payment.currency()
        + " received ("
        + payment.provider()
        + " "
        + payment.reference()
        + ").";
  }
}
