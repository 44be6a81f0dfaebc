package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.operaton.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives filings and keeps their state; every change is an event on the filing's timeline. */
@Service
public class FilingService {

  private static final Logger log = LoggerFactory.getLogger(FilingService.class);

  private final FilingRepository filings;
  private final DocumentStore documents;
  private final DecisionLedger ledger;
  private final RuntimeService runtime;
  private final OfficeClock clock;
  private final OfficeProperties office;

  FilingService(
      FilingRepository filings,
      DocumentStore documents,
      DecisionLedger ledger,
      RuntimeService runtime,
      OfficeClock clock,
      OfficeProperties office) {
    this.filings = filings;
    this.documents = documents;
    this.ledger = ledger;
    this.runtime = runtime;
    this.clock = clock;
    this.office = office;
  }

  /**
   * Receives a filing: numbers it, dates it (the date of receipt in the office's time zone,
   * whatever the day), stores it with its documents and starts its procedure — all in one
   * transaction, so a filing the caller was told about is never lost and never half stored.
   */
  @Transactional
  public FilingReceipt submit(NewFiling request, String filedBy) {
    if (request.ipRight() != IpRight.TRADEMARK) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "ip-right-not-supported",
          "IP right not supported yet",
          "This office accepts TRADEMARK filings through this version of the API; "
              + request.ipRight()
              + " follows.");
    }
    Instant receivedAt = clock.now();
    LocalDate filingDate = clock.dateAt(receivedAt);
    int year = filingDate.getYear();
    ApplicationNumber number =
        ApplicationNumber.of(
            request.ipRight(), year, filings.nextSerial(request.ipRight(), year), office.code());
    Filing filing =
        new Filing(
            UUID.randomUUID(),
            number,
            request.ipRight(),
            FilingStatus.RECEIVED,
            filingDate,
            receivedAt,
            filedBy,
            request.applicant(),
            request.mark(),
            request.goodsAndServices(),
            null,
            null,
            0);
    filings.insert(filing);
    for (NewDocument document : request.documents()) {
      documents.store(filing.id(), document, receivedAt);
    }
    filings.insertEvent(
        filing.id(),
        receivedAt,
        "RECEIVED",
        FilingStatus.RECEIVED,
        "Application " + number + " received; filing date " + filingDate + ".",
        filedBy);
    runtime
        .createProcessInstanceByKey(FilingProcess.PROCESS_KEY)
        .businessKey(number.value())
        .setVariables(
            Map.of(
                FilingProcess.Variables.FILING_ID, filing.id().toString(),
                FilingProcess.Variables.IP_RIGHT, filing.ipRight().name()))
        .execute();
    log.info("Received {} application {} from {}", filing.ipRight(), number, filedBy);
    return new FilingReceipt(filing.id(), number, filingDate, receivedAt, filing.status());
  }

  public Optional<Filing> find(UUID id) {
    return filings.find(id);
  }

  public Filing get(UUID id) {
    return filings.find(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
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
                  + decision.reasons().stream()
                      .map(r -> r.text())
                      .collect(java.util.stream.Collectors.joining(" ")),
              decision.actor().id()));
    }
    timeline.sort(Comparator.comparing(TimelineEntry::at));
    return timeline;
  }

  @Transactional
  public void changeStatus(UUID id, FilingStatus status, String summary, String actor) {
    Instant now = clock.now();
    filings.updateStatus(id, status, now);
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

  /**
   * Registers the filing once: a second call (a redelivered job) returns the registration made by
   * the first.
   */
  @Transactional
  public Filing.Registration register(UUID id, int termYears, String actor) {
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    if (filing.registration() != null) {
      return filing.registration();
    }
    LocalDate today = clock.today();
    Filing.Registration registration =
        new Filing.Registration(
            String.format("%08d", filings.nextRegistrationSerial()),
            today,
            filing.filingDate().plusYears(termYears));
    filings.updateRegistration(id, registration, clock.now());
    changeStatus(
        id,
        FilingStatus.REGISTERED,
        "Registered under number "
            + registration.number()
            + "; protection until "
            + registration.expiryDate()
            + ".",
        actor);
    return registration;
  }

  /**
   * The applicant's answer to a deficiency notice: the corrected application replaces what was
   * filed, new documents are added, and the procedure checks the formalities again.
   */
  @Transactional
  public void respondToDeficiency(UUID id, NewFiling corrected, String respondent) {
    Filing filing = filings.lock(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    if (filing.status() != FilingStatus.AWAITING_DEFICIENCY_RESPONSE) {
      throw ApiProblem.conflict(
          "no-deficiency-response-awaited",
          "Application "
              + filing.applicationNumber()
              + " is "
              + filing.status()
              + "; no answer to a deficiency notice is awaited.");
    }
    if (corrected.ipRight() != filing.ipRight()) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-filing",
          "Invalid filing",
          "The IP right of an application cannot change in a response.",
          List.of(new ApiProblem.FieldError("/ipRight", "must be " + filing.ipRight())));
    }
    Instant now = clock.now();
    filings.updateContent(
        id, corrected.applicant(), corrected.mark(), corrected.goodsAndServices(), now);
    for (NewDocument document : corrected.documents()) {
      documents.store(id, document, now);
    }
    filings.updateStatus(id, FilingStatus.RECEIVED, now);
    filings.insertEvent(
        id,
        now,
        "DEFICIENCY_RESPONSE",
        FilingStatus.RECEIVED,
        "The applicant answered the deficiency notice; the formalities are checked again.",
        respondent);
    runtime
        .createMessageCorrelation(FilingProcess.Messages.DEFICIENCY_RESPONSE_RECEIVED)
        .processInstanceBusinessKey(filing.applicationNumber().value())
        .correlate();
  }

  /** Whether the applicant filed an image of the mark. */
  public boolean hasMarkImage(UUID id) {
    return documents.findKind(id, DocumentKind.MARK_REPRESENTATION).isPresent();
  }
}
