package org.ipflow.processes;

/**
 * Ids of the {@code filing} process model ({@code bpmn/filing.bpmn}) and the names of its variables
 * and messages. Code refers to the model only through these constants, so a renamed element breaks
 * the build (see {@code FilingProcessModelTest}) instead of a running case.
 */
public final class FilingProcess {

  public static final String PROCESS_KEY = "filing";
  public static final String RESOURCE = "bpmn/filing.bpmn";

  /** Activity ids, named after what happens there. */
  public static final class Activities {
    public static final String FILING_RECEIVED = "FilingReceived";
    public static final String CHECK_FORMALITIES = "CheckFormalities";
    public static final String FORMALITIES_COMPLETE = "FormalitiesComplete";
    public static final String SEND_DEFICIENCY_NOTICE = "SendDeficiencyNotice";
    public static final String AWAIT_DEFICIENCY_RESPONSE = "AwaitDeficiencyResponse";
    public static final String DEFICIENCY_REMEDIED = "DeficiencyRemedied";
    public static final String DEFICIENCY_TIME_LIMIT_EXPIRED = "DeficiencyTimeLimitExpired";
    public static final String DEEM_WITHDRAWN = "DeemWithdrawn";
    public static final String WITHDRAWN = "Withdrawn";
    public static final String CALCULATE_FEE = "CalculateFee";
    public static final String EXAMINE_TRADEMARK = "ExamineTrademark";
    public static final String EXAMINER_DECISION = "ExaminerDecision";
    public static final String REGISTER_TRADEMARK = "RegisterTrademark";
    public static final String ISSUE_REGISTRATION_CERTIFICATE = "IssueRegistrationCertificate";
    public static final String REGISTERED = "Registered";
    public static final String RECORD_REFUSAL = "RecordRefusal";
    public static final String REFUSED = "Refused";

    private Activities() {}
  }

  /**
   * Process variables. The filing itself lives in the platform's tables; the process carries ids.
   */
  public static final class Variables {
    public static final String FILING_ID = "filingId";
    public static final String IP_RIGHT = "ipRight";
    public static final String FORMALITIES_OUTCOME = "formalitiesOutcome";

    /** When the deficiency time limit has passed: the start of the day after its last day. */
    public static final String DEFICIENCY_TIME_LIMIT_EXPIRES = "deficiencyTimeLimitExpires";

    public static final String FEE_AMOUNT = "feeAmount";
    public static final String EXAMINATION_OUTCOME = "examinationOutcome";

    private Variables() {}
  }

  /** Values of the outcome variables the gateways test. */
  public static final class Outcomes {
    public static final String COMPLETE = "COMPLETE";
    public static final String DEFICIENT = "DEFICIENT";
    public static final String ACCEPT = "ACCEPT";
    public static final String REFUSE = "REFUSE";

    private Outcomes() {}
  }

  /** Messages the process waits for, correlated by the application number (the business key). */
  public static final class Messages {
    public static final String DEFICIENCY_RESPONSE_RECEIVED = "DeficiencyResponseReceived";

    private Messages() {}
  }

  /**
   * Candidate groups of user tasks: Keycloak groups carried in the token's {@code groups} claim.
   */
  public static final class Groups {
    public static final String TRADEMARK_EXAMINERS = "tm-examiners";

    private Groups() {}
  }

  private FilingProcess() {}
}
