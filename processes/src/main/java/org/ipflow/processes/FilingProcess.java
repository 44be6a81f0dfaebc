package org.ipflow.processes;

import java.util.List;
import java.util.Locale;

/**
 * The procedure's models ({@code bpmn/*.bpmn}): the uniform top-level {@code filing} process and
 * the sub-processes it calls per right, with their element ids and the names of their variables and
 * messages. Code refers to the models only through these constants, so a renamed element breaks the
 * build (see {@code FilingProcessModelTest}) instead of a running case.
 */
public final class FilingProcess {

  public static final String PROCESS_KEY = "filing";
  public static final String RESOURCE = "bpmn/filing.bpmn";

  /** Every model of the procedure: the top-level process first, then the called sub-processes. */
  public static final List<String> MODELS =
      List.of(
          "filing",
          "examination-trademark",
          "examination-design",
          "examination-patent",
          "examination-utility-model",
          "hearing",
          "grant-trademark",
          "grant-design",
          "grant-patent",
          "grant-utility-model",
          "opposition",
          "contest");

  /** The process of an opposition against a published mark. */
  public static final String OPPOSITION_PROCESS_KEY = "opposition";

  /** The process reviewing an automated decision the applicant contests. */
  public static final String CONTEST_PROCESS_KEY = "contest";

  private FilingProcess() {}

  /** The resource of a model, e.g. {@code bpmn/grant-design.bpmn}. */
  public static String resource(String processKey) {
    return "bpmn/" + processKey + ".bpmn";
  }

  /** The examination sub-process of a right, e.g. {@code examination-utility-model}. */
  public static String examinationProcess(String right) {
    return "examination-" + slug(right);
  }

  /** The registration or grant sub-process of a right, e.g. {@code grant-trademark}. */
  public static String grantProcess(String right) {
    return "grant-" + slug(right);
  }

  private static String slug(String right) {
    return right.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Flow-node ids of all models (unique across the models), named after what happens there. */
  public static final class Activities {
    // filing
    public static final String FILING_RECEIVED = "FilingReceived";
    public static final String PROCEDURE_AND_PUBLICATION = "ProcedureAndPublication";
    public static final String EARLY_PUBLICATION_REQUIRED = "EarlyPublicationRequired";
    public static final String SCHEDULE_PATENT_PUBLICATION = "SchedulePatentPublication";
    public static final String PATENT_PUBLICATION_DUE = "PatentPublicationDue";
    public static final String PUBLISH_PATENT_APPLICATION = "PublishPatentApplication";
    public static final String PATENT_APPLICATION_PUBLISHED = "PatentApplicationPublished";
    public static final String NO_EARLY_PUBLICATION = "NoEarlyPublication";
    public static final String CHECK_FILING_DATE_REQUIREMENTS = "CheckFilingDateRequirements";
    public static final String FILING_DATE_REQUIREMENTS_MET = "FilingDateRequirementsMet";
    public static final String SEND_MISSING_ELEMENTS_NOTICE = "SendMissingElementsNotice";
    public static final String AWAIT_MISSING_ELEMENTS = "AwaitMissingElements";
    public static final String MISSING_ELEMENTS_RECEIVED = "MissingElementsReceived";
    public static final String MISSING_ELEMENTS_TIME_LIMIT_EXPIRED =
        "MissingElementsTimeLimitExpired";
    public static final String TREAT_AS_NOT_FILED = "TreatAsNotFiled";
    public static final String NOT_FILED = "NotFiled";
    public static final String CHECK_FORMALITIES = "CheckFormalities";
    public static final String FORMALITIES_COMPLETE = "FormalitiesComplete";
    public static final String SEND_DEFICIENCY_NOTICE = "SendDeficiencyNotice";
    public static final String AWAIT_DEFICIENCY_RESPONSE = "AwaitDeficiencyResponse";
    public static final String DEFICIENCY_RESPONSE_RECEIVED = "DeficiencyResponseReceived";
    public static final String DEFICIENCY_TIME_LIMIT_EXPIRED = "DeficiencyTimeLimitExpired";
    public static final String DEEM_WITHDRAWN = "DeemWithdrawn";
    public static final String WITHDRAWN = "Withdrawn";
    public static final String CHECK_PRIORITY_CLAIMS = "CheckPriorityClaims";
    public static final String CALCULATE_FEE = "CalculateFee";
    public static final String MATCH_PAYMENT = "MatchPayment";
    public static final String FEE_PAID = "FeePaid";
    public static final String SEND_PAYMENT_REQUEST = "SendPaymentRequest";
    public static final String AWAIT_PAYMENT = "AwaitPayment";
    public static final String PAYMENT_RECEIVED = "PaymentReceived";
    public static final String PAYMENT_TIME_LIMIT_EXPIRED = "PaymentTimeLimitExpired";
    public static final String APPLY_FEE_CONSEQUENCES = "ApplyFeeConsequences";
    public static final String FEES_SETTLED = "FeesSettled";
    public static final String WITHDRAWN_FOR_NON_PAYMENT = "WithdrawnForNonPayment";
    public static final String CHECK_CLASSIFICATION = "CheckClassification";
    public static final String CLASSIFICATION_CONFIDENT = "ClassificationConfident";
    public static final String REVIEW_CLASSIFICATION = "ReviewClassification";
    public static final String EXAMINE = "Examine";
    public static final String EXAMINATION_OUTCOME = "ExaminationOutcome";
    public static final String REFUSED = "Refused";
    public static final String GRANT = "Grant";
    public static final String GRANT_OUTCOME = "GrantOutcome";
    public static final String REGISTERED = "Registered";
    public static final String REFUSED_AFTER_OPPOSITION = "RefusedAfterOpposition";
    // examination-trademark
    public static final String TRADEMARK_EXAMINATION_STARTED = "TrademarkExaminationStarted";
    public static final String PRESCREEN_ABSOLUTE_GROUNDS = "PrescreenAbsoluteGrounds";
    public static final String SEARCH_EARLIER_MARKS = "SearchEarlierMarks";
    public static final String DECIDE_ON_AUTOMATED_ACCEPTANCE = "DecideOnAutomatedAcceptance";
    public static final String ACCEPTED_AUTOMATICALLY = "AcceptedAutomatically";
    public static final String TRADEMARK_ACCEPTED_AUTOMATICALLY = "TrademarkAcceptedAutomatically";
    public static final String EXAMINE_TRADEMARK = "ExamineTrademark";
    public static final String TRADEMARK_OBJECTION = "TrademarkObjection";
    public static final String HEAR_TRADEMARK_APPLICANT = "HearTrademarkApplicant";
    public static final String TRADEMARK_EXAMINED = "TrademarkExamined";
    public static final String TRADEMARK_HEARD = "TrademarkHeard";
    // examination-design
    public static final String DESIGN_EXAMINATION_STARTED = "DesignExaminationStarted";
    public static final String CHECK_DESIGN_REGISTRABILITY = "CheckDesignRegistrability";
    public static final String DESIGN_REGISTRABLE = "DesignRegistrable";
    public static final String EXAMINE_DESIGN = "ExamineDesign";
    public static final String DESIGN_OBJECTION = "DesignObjection";
    public static final String HEAR_DESIGN_APPLICANT = "HearDesignApplicant";
    public static final String DESIGN_EXAMINED = "DesignExamined";
    public static final String DESIGN_HEARD = "DesignHeard";
    public static final String DESIGN_ACCEPTED_AS_TO_FORM = "DesignAcceptedAsToForm";
    // examination-patent
    public static final String PATENT_EXAMINATION_STARTED = "PatentExaminationStarted";
    public static final String SEARCH_PRIOR_ART = "SearchPriorArt";
    public static final String EXAMINE_PATENT = "ExaminePatent";
    public static final String PATENT_OBJECTION = "PatentObjection";
    public static final String HEAR_PATENT_APPLICANT = "HearPatentApplicant";
    public static final String PATENT_EXAMINED = "PatentExamined";
    public static final String PATENT_HEARD = "PatentHeard";
    // hearing
    public static final String HEARING_STARTED = "HearingStarted";
    public static final String SEND_OBJECTION = "SendObjection";
    public static final String AWAIT_OBSERVATIONS = "AwaitObservations";
    public static final String OBSERVATIONS_RECEIVED = "ObservationsReceived";
    public static final String OBJECTION_TIME_LIMIT_EXPIRED = "ObjectionTimeLimitExpired";
    public static final String RECONSIDER_AFTER_HEARING = "ReconsiderAfterHearing";
    public static final String REFUSAL_PROPOSED = "RefusalProposed";
    public static final String APPROVE_REFUSAL = "ApproveRefusal";

    // contest
    public static final String DECISION_CONTESTED = "DecisionContested";
    public static final String REVIEW_CONTESTED_DECISION = "ReviewContestedDecision";
    public static final String CONTEST_UPHELD = "ContestUpheld";
    public static final String RESUME_AFTER_CONTESTED_STEP = "ResumeAfterContestedStep";
    public static final String EXTEND_TIME_LIMITS = "ExtendTimeLimits";
    public static final String RESUME_TIME_LIMITS = "ResumeTimeLimits";
    public static final String CONTEST_DECIDED = "ContestDecided";
    public static final String REFUSAL_APPROVED = "RefusalApproved";
    public static final String ISSUE_REFUSAL = "IssueRefusal";
    public static final String HEARING_ENDED_IN_ACCEPTANCE = "HearingEndedInAcceptance";
    public static final String HEARING_ENDED_IN_REFUSAL = "HearingEndedInRefusal";
    // examination-utility-model
    public static final String UTILITY_MODEL_EXAMINATION_STARTED = "UtilityModelExaminationStarted";
    public static final String ACCEPT_WITHOUT_SUBSTANTIVE_EXAMINATION =
        "AcceptWithoutSubstantiveExamination";
    public static final String UTILITY_MODEL_ACCEPTED = "UtilityModelAccepted";
    // grant-trademark
    public static final String TRADEMARK_ACCEPTED = "TrademarkAccepted";
    public static final String PUBLISH_TRADEMARK = "PublishTrademark";
    public static final String OPPOSITION_PERIOD_EXPIRED = "OppositionPeriodExpired";
    public static final String CHECK_OPPOSITIONS = "CheckOppositions";
    public static final String OPPOSITIONS_OUTCOME = "OppositionsOutcome";
    public static final String OPPOSITIONS_DECIDED = "OppositionsDecided";
    public static final String REFUSE_AFTER_OPPOSITION = "RefuseAfterOpposition";
    public static final String TRADEMARK_REFUSED_AFTER_OPPOSITION =
        "TrademarkRefusedAfterOpposition";
    public static final String REGISTER_TRADEMARK = "RegisterTrademark";
    public static final String ISSUE_TRADEMARK_CERTIFICATE = "IssueTrademarkCertificate";
    public static final String TRADEMARK_IN_REGISTER = "TrademarkInRegister";
    // grant-design
    public static final String DESIGN_ACCEPTED = "DesignAccepted";
    public static final String REGISTER_DESIGN = "RegisterDesign";
    public static final String ISSUE_DESIGN_CERTIFICATE = "IssueDesignCertificate";
    public static final String PUBLICATION_DEFERRED = "PublicationDeferred";
    public static final String SCHEDULE_DESIGN_PUBLICATION = "ScheduleDesignPublication";
    public static final String DEFERMENT_ENDED = "DefermentEnded";
    public static final String PUBLISH_DESIGN = "PublishDesign";
    public static final String DESIGN_IN_REGISTER = "DesignInRegister";
    // grant-patent
    public static final String PATENT_ACCEPTED = "PatentAccepted";
    public static final String CHECK_APPLICATION_PUBLISHED = "CheckApplicationPublished";
    public static final String APPLICATION_ALREADY_PUBLISHED = "ApplicationAlreadyPublished";
    public static final String APPLICATION_PUBLISHED = "ApplicationPublished";
    public static final String GRANT_PATENT = "GrantPatent";
    public static final String ISSUE_PATENT_CERTIFICATE = "IssuePatentCertificate";
    public static final String PUBLISH_GRANT = "PublishGrant";
    public static final String POST_GRANT_OPPOSITION_PERIOD_EXPIRED =
        "PostGrantOppositionPeriodExpired";
    public static final String PATENT_IN_REGISTER = "PatentInRegister";
    // grant-utility-model
    public static final String UTILITY_MODEL_TO_REGISTER = "UtilityModelToRegister";
    public static final String REGISTER_UTILITY_MODEL = "RegisterUtilityModel";
    public static final String ISSUE_UTILITY_MODEL_CERTIFICATE = "IssueUtilityModelCertificate";
    public static final String PUBLISH_UTILITY_MODEL = "PublishUtilityModel";
    public static final String UTILITY_MODEL_IN_REGISTER = "UtilityModelInRegister";
    // opposition
    public static final String OPPOSITION_FILED = "OppositionFiled";
    public static final String CHECK_OPPOSITION_ADMISSIBILITY = "CheckOppositionAdmissibility";
    public static final String OPPOSITION_ADMISSIBLE = "OppositionAdmissible";
    public static final String REJECT_OPPOSITION_AS_INADMISSIBLE = "RejectOppositionAsInadmissible";
    public static final String OPPOSITION_INADMISSIBLE = "OppositionInadmissible";
    public static final String INVITE_APPLICANT_OBSERVATIONS = "InviteApplicantObservations";
    public static final String AWAIT_APPLICANT_OBSERVATIONS = "AwaitApplicantObservations";
    public static final String APPLICANT_OBSERVATIONS_RECEIVED = "ApplicantObservationsReceived";
    public static final String APPLICANT_TIME_LIMIT_EXPIRED = "ApplicantTimeLimitExpired";
    public static final String INVITE_OPPONENT_REPLY = "InviteOpponentReply";
    public static final String AWAIT_OPPONENT_REPLY = "AwaitOpponentReply";
    public static final String OPPONENT_REPLY_RECEIVED = "OpponentReplyReceived";
    public static final String OPPONENT_TIME_LIMIT_EXPIRED = "OpponentTimeLimitExpired";
    public static final String DECIDE_OPPOSITION = "DecideOpposition";
    public static final String RECORD_OPPOSITION_DECISION = "RecordOppositionDecision";
    public static final String OPPOSITION_DECIDED = "OppositionDecided";

    private Activities() {}
  }

  /**
   * Process variables. The filing itself lives in the platform's tables; the process carries ids.
   */
  public static final class Variables {
    public static final String FILING_ID = "filingId";
    public static final String IP_RIGHT = "ipRight";
    public static final String EXAMINATION_PROCESS = "examinationProcess";
    public static final String GRANT_PROCESS = "grantProcess";
    public static final String FILING_DATE_OUTCOME = "filingDateOutcome";
    public static final String FORMALITIES_OUTCOME = "formalitiesOutcome";

    /**
     * When the time limit of the pending notice has passed: the start of the day after its last
     * day.
     */
    public static final String TIME_LIMIT_EXPIRES = "timeLimitExpires";

    public static final String FEE_AMOUNT = "feeAmount";
    public static final String PAYMENT_OUTCOME = "paymentOutcome";
    public static final String FEE_CONSEQUENCE = "feeConsequence";
    public static final String REGISTRABILITY_OUTCOME = "registrabilityOutcome";
    public static final String EXAMINATION_OUTCOME = "examinationOutcome";
    public static final String RECONSIDERATION_OUTCOME = "reconsiderationOutcome";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";

    public static final String GRANT_OUTCOME = "grantOutcome";
    public static final String CLASSIFICATION_OUTCOME = "classificationOutcome";
    public static final String AUTOMATED_ACCEPTANCE = "automatedAcceptance";
    public static final String PUBLICATION_DUE = "publicationDue";
    public static final String OPPOSITION_PERIOD_ENDS = "oppositionPeriodEnds";
    public static final String OPPOSITIONS_OUTCOME = "oppositionsOutcome";
    public static final String DEFER_PUBLICATION_MONTHS = "deferPublicationMonths";
    public static final String APPLICATION_PUBLISHED = "applicationPublished";
    public static final String OPPOSITION_ID = "oppositionId";
    public static final String ADMISSIBILITY_OUTCOME = "admissibilityOutcome";
    public static final String OPPOSITION_DECISION = "oppositionDecision";
    public static final String CONTEST_ID = "contestId";
    public static final String CONTEST_OUTCOME = "contestOutcome";
    public static final String CONTESTED_DECISION_ID = "contestedDecisionId";

    /** The Keycloak group whose examiners work the case (per right). */
    public static final String EXAMINER_GROUP = "examinerGroup";

    private Variables() {}
  }

  /** Values of the outcome variables the gateways test. */
  public static final class Outcomes {
    public static final String MET = "MET";
    public static final String MISSING = "MISSING";
    public static final String COMPLETE = "COMPLETE";
    public static final String DEFICIENT = "DEFICIENT";
    public static final String PAID = "PAID";
    public static final String SHORTFALL = "SHORTFALL";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String REGISTRABLE = "REGISTRABLE";
    public static final String REVIEW = "REVIEW";
    public static final String ACCEPT = "ACCEPT";
    public static final String REFUSE = "REFUSE";
    public static final String OBJECT = "OBJECT";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String REGISTERED = "REGISTERED";
    public static final String NONE_UPHELD = "NONE_UPHELD";
    public static final String PENDING = "PENDING";
    public static final String UPHELD = "UPHELD";
    public static final String REJECTED = "REJECTED";
    public static final String DISMISSED = "DISMISSED";
    public static final String ADMISSIBLE = "ADMISSIBLE";
    public static final String INADMISSIBLE = "INADMISSIBLE";

    private Outcomes() {}
  }

  /** Messages the processes wait for, correlated by the application number (the business key). */
  public static final class Messages {
    public static final String MISSING_ELEMENTS_RECEIVED = "MissingElementsReceived";
    public static final String DEFICIENCY_RESPONSE_RECEIVED = "DeficiencyResponseReceived";
    public static final String PAYMENT_RECEIVED = "PaymentReceived";
    public static final String OBSERVATIONS_RECEIVED = "ObservationsReceived";
    public static final String OPPOSITIONS_DECIDED = "OppositionsDecided";
    public static final String APPLICATION_PUBLISHED = "ApplicationPublished";
    public static final String APPLICANT_OBSERVATIONS_RECEIVED = "ApplicantObservationsReceived";
    public static final String OPPONENT_REPLY_RECEIVED = "OpponentReplyReceived";

    private Messages() {}
  }

  /**
   * Candidate groups of user tasks: Keycloak groups carried in the token's {@code groups} claim.
   */
  public static final class Groups {
    public static final String TRADEMARK_EXAMINERS = "tm-examiners";
    public static final String DESIGN_EXAMINERS = "design-examiners";
    public static final String PATENT_EXAMINERS = "patent-examiners";

    private Groups() {}

    /** The examiners' group of a right: utility models go to the patent examiners. */
    public static String examinersOf(String right) {
      return switch (right) {
        case "TRADEMARK" -> TRADEMARK_EXAMINERS;
        case "DESIGN" -> DESIGN_EXAMINERS;
        default -> PATENT_EXAMINERS;
      };
    }
  }
}
