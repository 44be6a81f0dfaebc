package org.ipflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ipflow.platform.contest.ContestService;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.examination.ExaminationService;
import org.ipflow.platform.examination.ExaminerDecision;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.NewPayment;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.opposition.NewOpposition;
import org.ipflow.platform.opposition.Opposition;
import org.ipflow.platform.opposition.OppositionPeriods;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.processes.FilingProcess.Activities;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.ipflow.workers.design.DesignRegistrability;
import org.ipflow.workers.filingdate.FilingDateRequirements;
import org.ipflow.workers.formalities.Formalities;
import org.ipflow.workers.payment.FeeConsequences;
import org.ipflow.workers.payment.PaymentMatching;
import org.ipflow.workers.timelimits.DeemedWithdrawal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of the procedure's models on the real engine and PostgreSQL, with the real workers:
 * one uniform {@code filing} process for every right, the rights' examination and grant
 * sub-processes, and the notices with their time limits. Time is moved with the engine's clock,
 * never waited for.
 */
@PlatformTest
class FilingProcessScenarioIT {

  private static final ZoneId OFFICE = ZoneId.of("Europe/Zurich");
  private static final CurrentUser ERIN = examiner("erin", "tm-examiners");
  private static final CurrentUser DORA = examiner("dora", "design-examiners");
  private static final CurrentUser PAUL = examiner("paul", "patent-examiners");
  private static final CurrentUser SAM = senior("sam", "tm-examiners");
  private static final CurrentUser SARA = senior("sara", "tm-examiners");
  private static final CurrentUser PIA = senior("pia", "patent-examiners");

  @Autowired FilingService filings;
  @Autowired ExaminationService examination;
  @Autowired DecisionLedger ledger;
  @Autowired DocumentStore documents;
  @Autowired SignatureValidator validator;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired CheckFormalities checkFormalities;
  @Autowired TransactionTemplate transactions;
  @Autowired OppositionService oppositions;
  @Autowired OppositionPeriods oppositionPeriods;
  @Autowired ContestService contests;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---------------------------------------------------------------- each right, straight through

  @Test
  void trademarkPaidWithTheFilingIsExaminedRegisteredAndGetsASealedCertificate() {
    FilingReceipt receipt = filings.submit(paid(trademark("ALPINA", "CH")), "alice-id");

    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "ACCEPT", null, ERIN);
    awaitStatus(receipt.id(), FilingStatus.PUBLISHED);
    passOppositionPeriod(receipt);

    HistoricProcessInstance done = awaitEnd(receipt);
    assertThat(done.getEndActivityId()).isEqualTo(Activities.REGISTERED);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.status()).isEqualTo(FilingStatus.REGISTERED);
    assertThat(filing.registration().expiryDate()).isEqualTo(filing.filingDate().plusYears(10));
    assertThat(documents.findKind(receipt.id(), DocumentKind.REGISTRATION_CERTIFICATE)).isPresent();
    assertThat(passed(receipt))
        .contains(
            Activities.CHECK_FILING_DATE_REQUIREMENTS,
            Activities.CHECK_FORMALITIES,
            Activities.CALCULATE_FEE,
            Activities.MATCH_PAYMENT,
            Activities.EXAMINE_TRADEMARK,
            Activities.PUBLISH_TRADEMARK,
            Activities.OPPOSITION_PERIOD_EXPIRED,
            Activities.CHECK_OPPOSITIONS,
            Activities.REGISTER_TRADEMARK,
            Activities.ISSUE_TRADEMARK_CERTIFICATE,
            Activities.TRADEMARK_IN_REGISTER);
  }

  // ---------------------------------------------------------------- classification

  @Test
  void termDeclaredInAnUnlikelyClassGoesToAnExaminerBeforeExamination() {
    NewFiling software =
        new NewFiling(
            IpRight.TRADEMARK,
            content(
                new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
                "CODEWISE",
                List.of(new Filing.ClassTerms(25, List.of("Computer software for accounting"))),
                List.of(),
                null),
            List.of(
                new NewDocument(
                    DocumentKind.MARK_REPRESENTATION, "mark.png", "image/png", Filings.PNG)),
            null);
    FilingReceipt receipt = filings.submit(paid(software), "alice-id");

    Task review = awaitTask(receipt, Activities.REVIEW_CLASSIFICATION);
    assertThat(decisions(receipt, "classification"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo("NEEDS_EXAMINER");
              assertThat(e.reasons()).extracting("code").contains("C-NICE-MISMATCH");
            });
    decide(
        review,
        ExaminationService.CLASSIFICATION_CONFIRMED,
        "Class 25 was not meant; noted.",
        ERIN);

    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);
  }

  @Test
  void designWithoutLocarnoClassGetsTheConfidentSuggestion() {
    FilingReceipt receipt = filings.submit(paid(design(null)), "alice-id");

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(filings.get(receipt.id()).content().designs().get(0).locarnoClass())
        .startsWith("10-");
  }

  @Test
  void patentPriorityClaimedLateIsLostButTheFilingDateStays() {
    NewFiling late =
        withPriority(
            paid(invention(IpRight.PATENT, 10)), LocalDate.now(OFFICE).minusMonths(13), "US");
    FilingReceipt receipt = filings.submit(late, "alice-id");

    awaitTask(receipt, Activities.SEARCH_PRIOR_ART);
    assertThat(decisions(receipt, "priority-claim"))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("PRIORITY_LOST"));
    assertThat(filings.get(receipt.id()).filingDate()).isEqualTo(receipt.filingDate());
    assertThat(filings.timeline(receipt.id()))
        .anySatisfy(e -> assertThat(e.name()).isEqualTo("PRIORITY_LOST"));
  }

  // ---------------------------------------------------------------- the right to be heard

  @Test
  void examinerCannotRefuseWithoutAnObjectionAndAHearing() {
    FilingReceipt receipt = filings.submit(paid(trademark("STRAIGHT NO", "CH")), "alice-id");
    Task task = awaitTask(receipt, Activities.EXAMINE_TRADEMARK);

    assertThatThrownBy(() -> decide(task, "REFUSE", "Descriptive.", ERIN))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("malformed");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void objectionWithdrawnAfterTheApplicantsObservationsLeadsToRegistration() {
    FilingReceipt receipt = filings.submit(paid(trademark("ALPENGLOW", "CH")), "alice-id");
    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "OBJECT", "May be descriptive.", ERIN);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    assertThat(lastNotice(receipt).kind()).isEqualTo("OBJECTION");
    assertThat(lastNotice(receipt).reasons())
        .extracting("text")
        .containsExactly("May be descriptive.");

    filings.receiveObservations(receipt.id(), "A fanciful name for watches.", List.of(), "alice");
    decide(awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING), "ACCEPT", "Convinced.", ERIN);
    awaitStatus(receipt.id(), FilingStatus.PUBLISHED);
    passOppositionPeriod(receipt);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(passed(receipt))
        .contains(
            Activities.HEAR_TRADEMARK_APPLICANT,
            Activities.OBSERVATIONS_RECEIVED,
            Activities.HEARING_ENDED_IN_ACCEPTANCE,
            Activities.TRADEMARK_HEARD);
  }

  @Test
  void refusedTrademarkEndsRefusedWithItsGroundsAndTheMeansOfAppeal() {
    FilingReceipt receipt = filings.submit(paid(trademark("BEST WATCHES", "CH")), "alice-id");
    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "OBJECT", "Descriptive.", ERIN);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    moveClockTo(lastNotice(receipt).timeLimitPasses().plusSeconds(60));

    decide(
        awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING),
        "REFUSE",
        "Descriptive of the goods claimed.",
        ERIN);
    decide(awaitTask(receipt, Activities.APPROVE_REFUSAL), "APPROVE", null, SAM);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REFUSED);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.status()).isEqualTo(FilingStatus.REFUSED);
    assertThat(filing.registration()).isNull();
    assertThat(filings.timeline(receipt.id()))
        .anySatisfy(
            e ->
                assertThat(e.summary())
                    .contains("Descriptive of the goods claimed.")
                    .contains("appeal"));
    assertThat(decisions(receipt, ExaminationService.REFUSAL_APPROVAL))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor().id()).isEqualTo("sam");
              assertThat(e.inputs()).containsEntry("drafter", "erin");
            });
    assertThat(passed(receipt))
        .contains(Activities.OBJECTION_TIME_LIMIT_EXPIRED, Activities.HEARING_ENDED_IN_REFUSAL);

    // The decision is a PDF signed in person by the senior examiner who approved it.
    StoredDocument decision = documents.findKind(receipt.id(), DocumentKind.DECISION).orElseThrow();
    ValidationResult signature =
        validator.validate(documents.content(decision.id()), decision.fileName());
    assertThat(signature.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(signature.signerName()).contains("sam");
    assertThat(signature.qualification())
        .as("an officer's personal signature, not the office's seal")
        .containsIgnoringCase("SIG")
        .doesNotContainIgnoringCase("SEAL");
    assertThat(pdfText(documents.content(decision.id())))
        .contains("refusal", "Descriptive of the goods claimed.", "Means of appeal");
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void refusalNeedsASeniorExaminerWhoDidNotDraftIt() {
    FilingReceipt receipt = filings.submit(paid(trademark("FOUR EYES", "CH")), "alice-id");
    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "OBJECT", "Generic.", SAM);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    filings.receiveObservations(receipt.id(), "It is not.", List.of(), "alice");
    decide(awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING), "REFUSE", "Generic.", SAM);
    Task approval = awaitTask(receipt, Activities.APPROVE_REFUSAL);

    assertThatThrownBy(() -> decide(approval, "APPROVE", null, ERIN))
        .as("not a senior examiner")
        .isInstanceOf(ApiProblem.class)
        .satisfies(e -> assertThat(((ApiProblem) e).status().value()).isEqualTo(403));
    assertThatThrownBy(() -> decide(approval, "APPROVE", null, SAM))
        .as("the drafter")
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("drafter");
    assertThat(decisions(receipt, ExaminationService.REFUSAL_APPROVAL)).isEmpty();

    decide(approval, "APPROVE", null, SARA);
    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REFUSED);
  }

  @Test
  void refusalReturnedByTheSecondExaminerGoesBackForAnotherDecision() {
    FilingReceipt receipt = filings.submit(paid(trademark("SECOND LOOK", "CH")), "alice-id");
    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "OBJECT", "Weak.", ERIN);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    filings.receiveObservations(receipt.id(), "Distinctive enough.", List.of(), "alice");
    decide(awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING), "REFUSE", "Weak.", ERIN);

    decide(awaitTask(receipt, Activities.APPROVE_REFUSAL), "RETURN", "Not made out.", SAM);
    decide(awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING), "ACCEPT", null, ERIN);
    awaitStatus(receipt.id(), FilingStatus.PUBLISHED);
    passOppositionPeriod(receipt);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
  }

  @Test
  void refusalForSomeClassesDeletesThemAndTheMarkIsRegisteredForTheOthers() {
    FilingReceipt receipt = filings.submit(paid(trademark("SWISS TIME", "CH", 14, 35)), "alice-id");
    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "OBJECT", "Descriptive for 14.", ERIN);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    filings.receiveObservations(receipt.id(), "Keep 35 at least.", List.of(), "alice");
    examination.decide(
        awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING).getId(),
        new ExaminerDecision("REFUSE", "Descriptive of watches.", List.of(14)),
        ERIN);

    decide(awaitTask(receipt, Activities.APPROVE_REFUSAL), "APPROVE", null, SAM);
    awaitStatus(receipt.id(), FilingStatus.PUBLISHED);
    passOppositionPeriod(receipt);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(filings.get(receipt.id()).goodsAndServices())
        .extracting(Filing.ClassTerms::niceClass)
        .containsExactly(35);
  }

  @Test
  void designRegistrableAsToFormIsRegisteredWithoutAnExaminer() {
    FilingReceipt receipt = filings.submit(paid(design("10-02")), "alice-id");

    HistoricProcessInstance done = awaitEnd(receipt);

    assertThat(done.getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(passed(receipt))
        .contains(Activities.CHECK_DESIGN_REGISTRABILITY, Activities.DESIGN_ACCEPTED_AS_TO_FORM)
        .doesNotContain(Activities.EXAMINE_DESIGN);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.registration().expiryDate()).isEqualTo(filing.filingDate().plusYears(5));
    StoredDocument issued =
        documents.forFiling(receipt.id()).stream()
            .filter(d -> d.kind() == DocumentKind.REGISTRATION_CERTIFICATE)
            .findFirst()
            .orElseThrow();
    byte[] asIssued = documents.content(issued.id());

    // After issue, a job augments the certificate to B-LTA as a new version beside it.
    StoredDocument longTerm =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    documents
                        .findKind(receipt.id(), DocumentKind.REGISTRATION_CERTIFICATE)
                        .orElseThrow(),
                d -> !d.id().equals(issued.id()));
    assertThat(validator.validate(documents.content(longTerm.id()), longTerm.fileName()))
        .satisfies(
            r -> {
              assertThat(r.format()).isEqualTo("PAdES-BASELINE-LTA");
              assertThat(r.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
            });
    assertThat(documents.content(issued.id()))
        .as("the original stays as issued")
        .isEqualTo(asIssued);
    assertThat(validator.validate(asIssued, issued.fileName()).format())
        .isEqualTo("PAdES-BASELINE-T");
  }

  @Test
  void contestOfADecisionInsideAnEndedExaminationIsRefusedWithTheAppealAsRemedy() {
    FilingReceipt receipt = filings.submit(paid(design("10-02")), "alice-id");
    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    LedgerEntry registrability =
        ledger.forFiling(receipt.id()).stream()
            .filter(e -> e.decisionType().equals(DesignRegistrability.TYPE))
            .findFirst()
            .orElseThrow();

    // The examination that took it has ended (ADR 5): the registration is open to appeal, not
    // the check to a review that could resume it.
    assertThatThrownBy(
            () -> contests.contest(receipt.id(), registrability.id(), "not so", "alice-id"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status().value()).isEqualTo(409);
              assertThat(problem.slug()).isEqualTo("contested-step-closed");
              assertThat(problem.getMessage()).contains("Appeal");
            });
    assertThat(contests.forFiling(receipt.id())).as("nothing is recorded").isEmpty();
    assertThat(filings.get(receipt.id()).status().name()).isEqualTo("REGISTERED");
  }

  @Test
  void designPublicationIsDeferredOnRequest() {
    NewFiling deferred = deferred(paid(design("10-02")), 12);
    FilingReceipt receipt = filings.submit(deferred, "alice-id");
    awaitActivity(receipt, Activities.DEFERMENT_ENDED);
    assertThat(filings.get(receipt.id()).status()).isEqualTo(FilingStatus.REGISTERED);
    assertThat(filings.publishedAt(receipt.id())).as("registered, not yet published").isEmpty();

    moveClockTo(
        receipt.filingDate().plusMonths(12).atStartOfDay(OFFICE).toInstant().plusSeconds(60));

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(filings.publishedAt(receipt.id())).isPresent();
  }

  @Test
  void designWithAnUnknownLocarnoClassGoesToADesignExaminer() {
    FilingReceipt receipt = filings.submit(paid(design("77-01")), "alice-id");
    decide(
        awaitTask(receipt, Activities.REVIEW_CLASSIFICATION),
        ExaminationService.CLASSIFICATION_CONFIRMED,
        null,
        DORA);

    decide(awaitTask(receipt, Activities.EXAMINE_DESIGN), "ACCEPT", null, DORA);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(passed(receipt)).contains(Activities.EXAMINE_DESIGN, Activities.DESIGN_EXAMINED);
  }

  @Test
  void patentIsSearchedExaminedOnItsSubstanceAndGrantedForTwentyYears() {
    FilingReceipt receipt = filings.submit(paid(invention(IpRight.PATENT, 12)), "alice-id");

    decide(
        awaitTask(receipt, Activities.SEARCH_PRIOR_ART),
        ExaminationService.SEARCH_COMPLETED,
        "X: none. Y: DE 10 2019 000 001 A1.",
        PAUL);
    decide(awaitTask(receipt, Activities.EXAMINE_PATENT), "ACCEPT", null, PAUL);
    awaitActivity(receipt, Activities.APPLICATION_PUBLISHED);
    assertThat(filings.get(receipt.id()).registration())
        .as("no grant before the application is published")
        .isNull();

    moveClockTo(
        receipt.filingDate().plusMonths(18).atStartOfDay(OFFICE).toInstant().plusSeconds(60));
    awaitActivity(receipt, Activities.POST_GRANT_OPPOSITION_PERIOD_EXPIRED);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.registration().expiryDate()).isEqualTo(filing.filingDate().plusYears(20));
    assertThat(filings.publishedAt(receipt.id()).orElseThrow())
        .isAfterOrEqualTo(receipt.filingDate().plusMonths(18).atStartOfDay(OFFICE).toInstant());
    moveClockTo(
        receipt.filingDate().plusMonths(18 + 10).atStartOfDay(OFFICE).toInstant().plusSeconds(60));
    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(filing.fee().amount()).isEqualByComparingTo("1100.00");
    assertThat(decisions(receipt, "patent-search")).hasSize(1);
  }

  @Test
  void patentRefusedAfterHearingEndsRefused() {
    FilingReceipt receipt = filings.submit(paid(invention(IpRight.PATENT, 3)), "alice-id");
    decide(
        awaitTask(receipt, Activities.SEARCH_PRIOR_ART),
        ExaminationService.SEARCH_COMPLETED,
        "X: US 2020/0000001 A1 anticipates claim 1.",
        PAUL);
    decide(awaitTask(receipt, Activities.EXAMINE_PATENT), "OBJECT", "Claim 1 lacks novelty.", PAUL);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    filings.receiveObservations(receipt.id(), "Claim 1 is new.", List.of(), "alice");

    decide(awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING), "REFUSE", "It is not.", PAUL);
    decide(awaitTask(receipt, Activities.APPROVE_REFUSAL), "APPROVE", null, PIA);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REFUSED);
    assertThat(passed(receipt)).contains(Activities.HEAR_PATENT_APPLICANT, Activities.PATENT_HEARD);
  }

  @Test
  void designObjectedToByItsExaminerIsHeardAndRegistered() {
    FilingReceipt receipt = filings.submit(paid(design("77-01")), "alice-id");
    decide(
        awaitTask(receipt, Activities.REVIEW_CLASSIFICATION),
        ExaminationService.CLASSIFICATION_CONFIRMED,
        null,
        DORA);
    decide(awaitTask(receipt, Activities.EXAMINE_DESIGN), "OBJECT", "No such Locarno class.", DORA);
    awaitStatus(receipt.id(), FilingStatus.AWAITING_OBSERVATIONS);
    filings.receiveObservations(receipt.id(), "Class 10-02 was meant.", List.of(), "alice");

    decide(awaitTask(receipt, Activities.RECONSIDER_AFTER_HEARING), "ACCEPT", null, DORA);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(passed(receipt)).contains(Activities.HEAR_DESIGN_APPLICANT, Activities.DESIGN_HEARD);
  }

  @Test
  void patentApplicationIsPublishedEighteenMonthsFromPriorityWhateverTheStateOfExamination() {
    NewFiling claimingPriority =
        withPriority(
            paid(invention(IpRight.PATENT, 10)), LocalDate.now(OFFICE).minusMonths(11), "DE");
    FilingReceipt receipt = filings.submit(claimingPriority, "alice-id");
    awaitTask(receipt, Activities.SEARCH_PRIOR_ART);

    moveClockTo(
        LocalDate.now(OFFICE)
            .minusMonths(11)
            .plusMonths(18)
            .atStartOfDay(OFFICE)
            .toInstant()
            .plusSeconds(60));

    awaitActivity(receipt, Activities.PATENT_APPLICATION_PUBLISHED);
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(receipt.applicationNumber().value())
                .taskDefinitionKey(Activities.SEARCH_PRIOR_ART)
                .count())
        .as("examination has not even started")
        .isEqualTo(1);
    decide(
        awaitTask(receipt, Activities.SEARCH_PRIOR_ART),
        ExaminationService.SEARCH_COMPLETED,
        "Nothing.",
        PAUL);
    decide(awaitTask(receipt, Activities.EXAMINE_PATENT), "ACCEPT", null, PAUL);
    awaitActivity(receipt, Activities.PUBLISH_GRANT);
    assertThat(passed(receipt)).doesNotContain(Activities.APPLICATION_PUBLISHED);
  }

  @Test
  void utilityModelIsRegisteredAfterItsFormalitiesWithoutSubstantiveExamination() {
    FilingReceipt receipt = filings.submit(paid(invention(IpRight.UTILITY_MODEL, 4)), "alice-id");

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(passed(receipt))
        .contains(
            Activities.ACCEPT_WITHOUT_SUBSTANTIVE_EXAMINATION, Activities.REGISTER_UTILITY_MODEL);
    assertThat(decisions(receipt, "utility-model-examination")).hasSize(1);
  }

  // ---------------------------------------------------------------- oppositions

  @Test
  void upheldOppositionRefusesTheMarkAfterAnExchangeBetweenTheParties() {
    FilingReceipt receipt = publishedMark("SIMILIA");
    Opposition opposition = oppositions.file(receipt.id(), opposition("CH 700001"), "olga-id");
    awaitOppositionStatus(opposition, "AWAITING_APPLICANT");

    oppositions.receiveApplicantObservations(opposition.id(), "Not similar at all.", "alice");
    awaitOppositionStatus(opposition, "AWAITING_OPPONENT");
    oppositions.receiveOpponentReply(
        opposition.id(), "Identical goods, near-identical sign.", "olga");
    passOppositionPeriod(receipt);
    awaitActivity(receipt, Activities.OPPOSITIONS_DECIDED);

    decide(
        awaitTask(receipt, opposition, Activities.DECIDE_OPPOSITION),
        "UPHELD",
        "Likelihood of confusion.",
        ERIN);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REFUSED_AFTER_OPPOSITION);
    assertThat(filings.get(receipt.id()).status()).isEqualTo(FilingStatus.REFUSED);
    assertThat(decisions(receipt, "opposition-decision"))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo("UPHELD"));
  }

  @Test
  void rejectedOppositionLetsTheMarkBeRegisteredEvenWhenThePartiesStaySilent() {
    FilingReceipt receipt = publishedMark("SILENTIUM");
    Opposition opposition = oppositions.file(receipt.id(), opposition("EM 018000001"), "olga-id");
    awaitOppositionStatus(opposition, "AWAITING_APPLICANT");
    moveClockTo(lastOppositionNotice(opposition).timeLimitPasses().plusSeconds(60));
    awaitOppositionStatus(opposition, "AWAITING_OPPONENT");
    moveClockTo(lastOppositionNotice(opposition).timeLimitPasses().plusSeconds(60));

    decide(
        awaitTask(receipt, opposition, Activities.DECIDE_OPPOSITION),
        "REJECTED",
        "No likelihood of confusion.",
        ERIN);
    passOppositionPeriod(receipt);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
  }

  @Test
  void oppositionWithoutFeeIsInadmissibleAndTheMarkIsRegistered() {
    FilingReceipt receipt = publishedMark("UNPAID OPPOSITION");
    NewOpposition unpaid =
        new NewOpposition(
            "Olga Opponent SA", "CH", "00000001", "Confusion.", BigDecimal.ZERO, null, null);
    Opposition opposition = oppositions.file(receipt.id(), unpaid, "olga-id");
    awaitOppositionStatus(opposition, "DECIDED");
    assertThat(oppositions.get(opposition.id()).decision()).isEqualTo("INADMISSIBLE");

    passOppositionPeriod(receipt);

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.REGISTERED);
    assertThat(decisions(receipt, "opposition-admissibility"))
        .singleElement()
        .satisfies(e -> assertThat(e.reasons()).extracting("code").contains("OP02"));
  }

  @Test
  void earlierRightOfThisOfficeMustBeInForceInTheRegister() {
    FilingReceipt receipt = publishedMark("NO SUCH EARLIER");
    Opposition opposition = oppositions.file(receipt.id(), opposition("99999999"), "olga-id");

    awaitOppositionStatus(opposition, "DECIDED");

    assertThat(oppositions.get(opposition.id()).decision()).isEqualTo("INADMISSIBLE");
    assertThat(decisions(receipt, "opposition-admissibility"))
        .singleElement()
        .satisfies(e -> assertThat(e.reasons()).extracting("code").containsExactly("OP04"));
  }

  @Test
  void markNotPublishedCannotBeOpposed() {
    FilingReceipt receipt = filings.submit(paid(trademark("TOO EARLY", "CH")), "alice-id");
    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);

    assertThatThrownBy(() -> oppositions.file(receipt.id(), opposition("00000001"), "olga-id"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("published");
  }

  // ---------------------------------------------------------------- filing date

  @Test
  void applicationWithoutRepresentationOfTheMarkGetsItsFilingDateWhenTheRepresentationArrives() {
    NewFiling noMark = paid(withoutRepresentation(trademark("", "CH")));
    FilingReceipt receipt = filings.submit(noMark, "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_MISSING_ELEMENTS);
    assertThat(lastNotice(receipt).kind()).isEqualTo("MISSING_ELEMENTS");
    assertThat(decisions(receipt, FilingDateRequirements.TYPE))
        .singleElement()
        .satisfies(e -> assertThat(e.reasons()).extracting("code").containsExactly("FD10"));

    moveClockTo(receipt.receivedAt().plus(Duration.ofDays(10)));
    filings.respondToNotice(receipt.id(), paid(trademark("REPRESENTED", "CH")), "alice");

    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);
    Filing filing = filings.get(receipt.id());
    assertThat(filing.filingDate()).isEqualTo(receipt.filingDate().plusDays(10));
    assertThat(decisions(receipt, FilingDateRequirements.TYPE))
        .extracting(LedgerEntry::outcome)
        .containsExactly(FilingDateRequirements.MISSING, FilingDateRequirements.MET);
  }

  @Test
  void missingElementsNeverSuppliedMeanTheApplicationIsNotTreatedAsFiled() {
    FilingReceipt receipt =
        filings.submit(paid(withoutRepresentation(trademark("", "CH"))), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_MISSING_ELEMENTS);

    moveClockTo(lastNotice(receipt).timeLimitPasses().plusSeconds(60));

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.NOT_FILED);
    assertThat(filings.get(receipt.id()).status()).isEqualTo(FilingStatus.NOT_FILED);
  }

  // ---------------------------------------------------------------- formalities

  @Test
  void incompleteFilingGetsADeficiencyNoticeAndResumesWhenTheApplicantAnswers() {
    FilingReceipt receipt = filings.submit(paid(trademark("NOTICE ME", "XQ")), "alice-id");

    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    assertThat(decisions(receipt, Formalities.TYPE))
        .singleElement()
        .satisfies(e -> assertThat(e.reasons()).extracting("code").contains("F02"));
    Notice notice = lastNotice(receipt);
    assertThat(notice.kind()).isEqualTo("DEFICIENCIES");
    assertThat(notice.deemedNotifiedOn()).isEqualTo(receipt.filingDate().plusDays(7));
    assertThat(notice.timeLimitLastDay()).isAfterOrEqualTo(notice.deemedNotifiedOn().plusMonths(2));

    filings.respondToNotice(receipt.id(), paid(trademark("NOTICE ME", "CH")), "alice");

    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);
    assertThat(decisions(receipt, Formalities.TYPE))
        .extracting(LedgerEntry::outcome)
        .containsExactly(Formalities.DEFICIENT, Formalities.COMPLETE);
    assertThat(filings.get(receipt.id()).filingDate()).isEqualTo(receipt.filingDate());
    assertThat(filings.notices(receipt.id()))
        .allSatisfy(n -> assertThat(n.answeredAt()).isNotNull());
  }

  @Test
  void applicantWithoutDomicileInTheTerritoryMustAppointARepresentative() {
    FilingReceipt receipt = filings.submit(paid(trademark("FROM ABROAD", "FR")), "alice-id");

    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    assertThat(decisions(receipt, Formalities.TYPE))
        .singleElement()
        .satisfies(e -> assertThat(e.reasons()).extracting("code").containsExactly("F11"));

    filings.respondToNotice(
        receipt.id(), paid(represented(trademark("FROM ABROAD", "FR"))), "alice");
    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);
  }

  @Test
  void unansweredDeficiencyNoticeLeadsToDeemedWithdrawalTheDayAfterTheTimeLimit() {
    FilingReceipt receipt = filings.submit(paid(trademark("SILENT", "XQ")), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    LocalDate lastDay = lastNotice(receipt).timeLimitLastDay();

    moveClockTo(lastDay.atTime(23, 0).atZone(OFFICE).toInstant());
    assertThat(dueTimers(receipt)).as("still in time late on the last day").isZero();
    moveClockTo(lastDay.plusDays(1).atStartOfDay(OFFICE).toInstant().minusSeconds(1));
    assertThat(dueTimers(receipt)).as("still in time at the last second of the last day").isZero();

    moveClockTo(lastDay.plusDays(1).atStartOfDay(OFFICE).toInstant().plusSeconds(60));

    assertThat(awaitEnd(receipt).getEndActivityId()).isEqualTo(Activities.WITHDRAWN);
    assertThat(filings.get(receipt.id()).status()).isEqualTo(FilingStatus.WITHDRAWN);
    assertThat(decisions(receipt, DeemedWithdrawal.TYPE))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(DeemedWithdrawal.WITHDRAWN));
  }

  @Test
  void answerAfterWithdrawalIsRefusedAndChangesNothing() {
    FilingReceipt receipt = filings.submit(paid(trademark("TOO LATE", "XQ")), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    moveClockTo(lastNotice(receipt).timeLimitPasses().plusSeconds(60));
    awaitEnd(receipt);

    assertThatThrownBy(
            () -> filings.respondToNotice(receipt.id(), paid(trademark("TOO LATE", "CH")), "alice"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("WITHDRAWN");
    assertThat(filings.get(receipt.id()).applicant().country()).isEqualTo("XQ");
  }

  // ---------------------------------------------------------------- fees

  @Test
  void unpaidFeeGetsAPaymentRequestAndThePaymentLetsTheCaseGoOn() {
    FilingReceipt receipt = filings.submit(trademark("UNPAID", "CH"), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_PAYMENT);
    assertThat(lastNotice(receipt).kind()).isEqualTo("PAYMENT_REQUEST");

    filings.recordPayment(receipt.id(), payment(dueFor(receipt)), "alice");

    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);
    assertThat(decisions(receipt, PaymentMatching.TYPE))
        .extracting(LedgerEntry::outcome)
        .containsExactly(PaymentMatching.SHORTFALL, PaymentMatching.PAID);
  }

  @Test
  void samePaymentReportedTwiceIsRecordedOnce() {
    FilingReceipt receipt = filings.submit(trademark("TWICE PAID", "CH"), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_PAYMENT);
    NewPayment payment = payment(dueFor(receipt));

    filings.recordPayment(receipt.id(), payment, "alice");
    filings.recordPayment(receipt.id(), payment, "alice");

    assertThat(filings.payments(receipt.id())).hasSize(1);
  }

  @Test
  void trademarkPaidForOnlyItsFirstClassesLosesTheOthersWhenThePaymentTimeLimitExpires() {
    NewFiling threeClasses = trademark("PARTLY PAID", "CH", 9, 14, 35);
    FilingReceipt receipt = filings.submit(threeClasses, "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_PAYMENT);
    BigDecimal baseAndOneClass = Filings.due("TRADEMARK", "LEGAL_ENTITY", 2, receipt.filingDate());
    filings.recordPayment(receipt.id(), payment(baseAndOneClass), "alice");
    awaitDecisions(receipt, PaymentMatching.TYPE, 2);

    moveClockTo(lastNotice(receipt).timeLimitPasses().plusSeconds(60));

    awaitTask(receipt, Activities.EXAMINE_TRADEMARK);
    assertThat(decisions(receipt, FeeConsequences.TYPE))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(FeeConsequences.CLASSES_DELETED));
    assertThat(filings.get(receipt.id()).goodsAndServices())
        .extracting(Filing.ClassTerms::niceClass)
        .containsExactly(9, 14);
  }

  @Test
  void applicationNotPaidWithinThePaymentTimeLimitIsDeemedWithdrawn() {
    FilingReceipt receipt = filings.submit(trademark("NEVER PAID", "CH"), "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_PAYMENT);

    moveClockTo(lastNotice(receipt).timeLimitPasses().plusSeconds(60));

    assertThat(awaitEnd(receipt).getEndActivityId())
        .isEqualTo(Activities.WITHDRAWN_FOR_NON_PAYMENT);
    assertThat(filings.get(receipt.id()).status()).isEqualTo(FilingStatus.WITHDRAWN);
  }

  @Test
  void naturalPersonsPayAReducedPatentFee() {
    NewFiling byInventor = asNaturalPerson(invention(IpRight.PATENT, 10));
    FilingReceipt receipt = filings.submit(byInventor, "alice-id");
    awaitStatus(receipt.id(), FilingStatus.AWAITING_PAYMENT);

    assertThat(filings.get(receipt.id()).fee().amount())
        .isEqualByComparingTo(Filings.due("PATENT", "NATURAL_PERSON", 10, receipt.filingDate()))
        .isEqualByComparingTo("300.00");
  }

  // ---------------------------------------------------------------- receipt and ledger

  @Test
  void filingDateIsTheDateOfReceiptInTheOfficeTimeZoneEvenOnASunday() {
    // Sunday 23:30 in London is already Monday 00:30 in Zurich; the office is closed on Sundays,
    // which changes nothing about the date of receipt.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2099-03-08T23:30:00Z")));

    FilingReceipt receipt = filings.submit(trademark("MIDNIGHT", "CH"), "alice-id");

    assertThat(receipt.filingDate()).isEqualTo(LocalDate.of(2099, 3, 9));
    assertThat(receipt.applicationNumber().value()).startsWith("302099").hasSize(15);
  }

  @Test
  void serialNumbersRunPerIpTypeAndYearOfReceipt() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2098-06-01T10:00:00Z")));

    String first = filings.submit(trademark("ONE", "CH"), "alice-id").applicationNumber().value();
    String second = filings.submit(trademark("TWO", "CH"), "alice-id").applicationNumber().value();
    String design = filings.submit(design("10-02"), "alice-id").applicationNumber().value();

    assertThat(first).isEqualTo("302098000000001");
    assertThat(second).isEqualTo("302098000000002");
    assertThat(design).isEqualTo("402098000000001");
  }

  @Test
  void formalitiesTaskDeliveredTwiceWritesOneLedgerRowAndDecidesTheSame() {
    FilingReceipt receipt = filings.submit(trademark("TWICE", "CH"), "alice-id");
    String activityInstance = "CheckFormalities:redelivered-" + UUID.randomUUID();
    FakeTask delivery = new FakeTask(receipt.id(), activityInstance);

    transactions.executeWithoutResult(s -> checkFormalities.handle(delivery));
    transactions.executeWithoutResult(s -> checkFormalities.handle(delivery));

    assertThat(ledger.forFiling(receipt.id()))
        .filteredOn(e -> e.step().activityInstanceId().equals(activityInstance))
        .hasSize(1);
    assertThat(delivery.variables)
        .containsEntry(FilingProcess.Variables.FORMALITIES_OUTCOME, Formalities.COMPLETE);
  }

  // ---------------------------------------------------------------- helpers

  private FilingReceipt publishedMark(String text) {
    FilingReceipt receipt = filings.submit(paid(trademark(text, "CH")), "alice-id");
    decide(awaitTask(receipt, Activities.EXAMINE_TRADEMARK), "ACCEPT", null, ERIN);
    awaitStatus(receipt.id(), FilingStatus.PUBLISHED);
    return receipt;
  }

  private static NewOpposition opposition(String earlierRight) {
    return new NewOpposition(
        "Olga Opponent SA",
        "CH",
        earlierRight,
        "Likelihood of confusion with the earlier mark.",
        new BigDecimal("320.00"),
        "EUR",
        "OPP-" + UUID.randomUUID());
  }

  private void passOppositionPeriod(FilingReceipt receipt) {
    Instant published =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> filings.publishedAt(receipt.id()).orElse(null), p -> p != null);
    moveClockTo(oppositionPeriods.trademarkPeriod(published).passes().plusSeconds(60));
  }

  private void awaitOppositionStatus(Opposition opposition, String status) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> oppositions.get(opposition.id()).status().equals(status));
  }

  private Notice lastOppositionNotice(Opposition opposition) {
    List<Notice> notices =
        filings.notices(opposition.filingId()).stream()
            .filter(n -> opposition.id().equals(n.oppositionId()))
            .toList();
    return notices.get(notices.size() - 1);
  }

  private Task awaitTask(FilingReceipt receipt, Opposition opposition, String activityId) {
    Task[] task = new Task[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              task[0] =
                  tasks
                      .createTaskQuery()
                      .processInstanceBusinessKey(opposition.id().toString())
                      .taskDefinitionKey(activityId)
                      .singleResult();
              return task[0] != null;
            });
    return task[0];
  }

  private void awaitActivity(FilingReceipt receipt, String activityId) {
    await().atMost(Duration.ofSeconds(60)).until(() -> passed(receipt).contains(activityId));
  }

  private NewFiling withPriority(NewFiling filing, LocalDate date, String office) {
    Filing.Content c = filing.content();
    return new NewFiling(
        filing.ipRight(),
        new Filing.Content(
            c.languageOfProceedings(),
            c.applicant(),
            c.representative(),
            c.mark(),
            c.goodsAndServices(),
            c.designs(),
            c.invention(),
            List.of(new Filing.PriorityClaim(office, "10 2025 000 001.1", date)),
            c.deferPublicationMonths()),
        filing.documents(),
        filing.payment());
  }

  private NewFiling deferred(NewFiling filing, int months) {
    Filing.Content c = filing.content();
    return new NewFiling(
        filing.ipRight(),
        new Filing.Content(
            c.languageOfProceedings(),
            c.applicant(),
            c.representative(),
            c.mark(),
            c.goodsAndServices(),
            c.designs(),
            c.invention(),
            c.priorityClaims(),
            months),
        filing.documents(),
        filing.payment());
  }

  /**
   * Terms an examiner would expect in their classes, so that the classification check confirms
   * them.
   */
  private static final Map<Integer, String> TERMS =
      Map.of(
          9, "Computer software",
          14, "Watches",
          35, "Retail services for watches and jewellery");

  private static CurrentUser examiner(String name, String group) {
    return new CurrentUser(name + "-id", name, Set.of("examiner"), Set.of(group));
  }

  private static CurrentUser senior(String name, String group) {
    return new CurrentUser(
        name + "-id", name, Set.of("examiner", "senior-examiner"), Set.of(group));
  }

  private NewFiling trademark(String mark, String country, int... classes) {
    int[] niceClasses = classes.length == 0 ? new int[] {14, 35} : classes;
    List<Filing.ClassTerms> goods = new java.util.ArrayList<>();
    for (int niceClass : niceClasses) {
      goods.add(new Filing.ClassTerms(niceClass, List.of(TERMS.get(niceClass))));
    }
    return new NewFiling(
        IpRight.TRADEMARK,
        content(
            new Filing.Applicant("Helvetia Watches AG", country, "Genève", null),
            mark,
            goods,
            List.of(),
            null),
        List.of(
            new NewDocument(
                DocumentKind.MARK_REPRESENTATION, "mark.png", "image/png", Filings.PNG)),
        null);
  }

  private NewFiling design(String locarno) {
    return new NewFiling(
        IpRight.DESIGN,
        content(
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            List.of(),
            List.of(new Filing.Design("Wrist watch", locarno)),
            null),
        List.of(
            new NewDocument(
                DocumentKind.DESIGN_REPRESENTATION, "view.png", "image/png", Filings.PNG)),
        null);
  }

  private NewFiling invention(IpRight right, int claims) {
    return new NewFiling(
        right,
        content(
            new Filing.Applicant("Helvetia Watches AG", "CH", "Genève", null),
            null,
            List.of(),
            List.of(),
            new Filing.Invention(
                "Escapement with silicon hairspring",
                "A mechanical escapement in which ...",
                claims,
                null,
                List.of("G04B 17/06"))),
        List.of(),
        null);
  }

  private static Filing.Content content(
      Filing.Applicant applicant,
      String mark,
      List<Filing.ClassTerms> goods,
      List<Filing.Design> designs,
      Filing.Invention invention) {
    return new Filing.Content(
        "en", applicant, null, new Filing.Mark(mark), goods, designs, invention, List.of(), 0);
  }

  private NewFiling withoutRepresentation(NewFiling filing) {
    return new NewFiling(filing.ipRight(), filing.content(), List.of(), filing.payment());
  }

  private NewFiling represented(NewFiling filing) {
    Filing.Content c = filing.content();
    return new NewFiling(
        filing.ipRight(),
        new Filing.Content(
            c.languageOfProceedings(),
            c.applicant(),
            new Filing.Party("Patentanwälte Muster AG", "CH", "Bern", null),
            c.mark(),
            c.goodsAndServices(),
            c.designs(),
            c.invention(),
            c.priorityClaims(),
            c.deferPublicationMonths()),
        filing.documents(),
        filing.payment());
  }

  private NewFiling asNaturalPerson(NewFiling filing) {
    Filing.Content c = filing.content();
    return new NewFiling(
        filing.ipRight(),
        new Filing.Content(
            c.languageOfProceedings(),
            new Filing.Applicant("Ada Inventor", "CH", "Zürich", null, "NATURAL_PERSON", false),
            c.representative(),
            c.mark(),
            c.goodsAndServices(),
            c.designs(),
            c.invention(),
            c.priorityClaims(),
            c.deferPublicationMonths()),
        filing.documents(),
        filing.payment());
  }

  /** The filing with its fee paid in full at filing (as of today's schedule). */
  private NewFiling paid(NewFiling filing) {
    int units =
        switch (filing.ipRight()) {
          case TRADEMARK -> filing.content().goodsAndServices().size();
          case DESIGN -> filing.content().designs().size();
          default -> filing.content().invention().claimsCount();
        };
    return new NewFiling(
        filing.ipRight(),
        filing.content(),
        filing.documents(),
        payment(Filings.dueToday(filing.ipRight().name(), "LEGAL_ENTITY", units)));
  }

  private static NewPayment payment(BigDecimal amount) {
    return new NewPayment(amount, "EUR", "PAY-" + UUID.randomUUID(), "test");
  }

  private BigDecimal dueFor(FilingReceipt receipt) {
    await().atMost(Duration.ofSeconds(60)).until(() -> filings.get(receipt.id()).fee() != null);
    return filings.get(receipt.id()).fee().amount();
  }

  private void decide(Task task, String outcome, String reason, CurrentUser examiner) {
    examination.decide(task.getId(), new ExaminerDecision(outcome, reason), examiner);
  }

  private Notice lastNotice(FilingReceipt receipt) {
    List<Notice> notices = filings.notices(receipt.id());
    assertThat(notices).isNotEmpty();
    return notices.get(notices.size() - 1);
  }

  private List<LedgerEntry> decisions(FilingReceipt receipt, String type) {
    return ledger.forFiling(receipt.id()).stream()
        .filter(e -> e.decisionType().equals(type))
        .toList();
  }

  private void awaitDecisions(FilingReceipt receipt, String type, int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> decisions(receipt, type).size() >= count);
  }

  private long dueTimers(FilingReceipt receipt) {
    String processInstance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(receipt.applicationNumber().value())
            .processDefinitionKey(FilingProcess.PROCESS_KEY)
            .singleResult()
            .getId();
    return management
        .createJobQuery()
        .processInstanceId(processInstance)
        .timers()
        .executable()
        .count();
  }

  private void moveClockTo(Instant time) {
    ClockUtil.setCurrentTime(Date.from(time));
  }

  private Task awaitTask(FilingReceipt receipt, String activityId) {
    Task[] task = new Task[1];
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                task[0] =
                    tasks
                        .createTaskQuery()
                        .processInstanceBusinessKey(receipt.applicationNumber().value())
                        .taskDefinitionKey(activityId)
                        .singleResult();
                return task[0] != null;
              });
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(
          "no task "
              + activityId
              + " for "
              + receipt.applicationNumber()
              + "; passed "
              + passed(receipt)
              + "; decisions "
              + ledger.forFiling(receipt.id()).stream()
                  .map(d -> d.decisionType() + "=" + d.outcome())
                  .toList()
              + "; incidents "
              + runtime.createIncidentQuery().list().stream()
                  .map(i -> i.getActivityId() + ": " + i.getIncidentMessage())
                  .toList(),
          e);
    }
    return task[0];
  }

  private void awaitStatus(UUID filingId, FilingStatus status) {
    await().atMost(Duration.ofSeconds(60)).until(() -> filings.get(filingId).status() == status);
  }

  private HistoricProcessInstance awaitEnd(FilingReceipt receipt) {
    HistoricProcessInstance[] instance = new HistoricProcessInstance[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              instance[0] =
                  history
                      .createHistoricProcessInstanceQuery()
                      .processInstanceBusinessKey(receipt.applicationNumber().value())
                      .processDefinitionKey(FilingProcess.PROCESS_KEY)
                      .finished()
                      .singleResult();
              return instance[0] != null;
            });
    return instance[0];
  }

  /** Every flow node any process instance of this filing passed, sub-processes included. */
  private List<String> passed(FilingReceipt receipt) {
    List<String> ids = new java.util.ArrayList<>();
    history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(receipt.applicationNumber().value())
        .list()
        .forEach(
            p ->
                history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(p.getId())
                    .list()
                    .stream()
                    .map(HistoricActivityInstance::getActivityId)
                    .forEach(ids::add));
    return ids;
  }

  /** A delivery of a task as an engine (or an out-of-process worker) would make it. */
  private static final class FakeTask implements TaskContext {
    final Map<String, Object> variables = new java.util.HashMap<>();
    private final UUID filingId;
    private final String activityInstanceId;

    FakeTask(UUID filingId, String activityInstanceId) {
      this.filingId = filingId;
      this.activityInstanceId = activityInstanceId;
    }

    @Override
    public EngineStep step() {
      return new EngineStep("redelivery", Activities.CHECK_FORMALITIES, activityInstanceId);
    }

    @Override
    public UUID filingId() {
      return filingId;
    }

    @Override
    public Object variable(String name) {
      return variables.get(name);
    }

    @Override
    public void setVariable(String name, Object value) {
      variables.put(name, value);
    }
  }
}
