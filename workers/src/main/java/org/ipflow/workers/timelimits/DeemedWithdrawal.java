package org.ipflow.workers.timelimits;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Decides whether an application is deemed withdrawn because the applicant did not answer a
 * deficiency notice within its time limit. A pure function of the dates and of whether an answer
 * arrived.
 */
public final class DeemedWithdrawal {

  public static final String TYPE = "deemed-withdrawal";
  public static final String VERSION = "1.0.0";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String NOT_WITHDRAWN = "NOT_WITHDRAWN";
  static final String LEGAL_BASIS =
      "Failure to remedy deficiencies within the time limit set by the office (Singapore Treaty on the"
          + " Law of Trademarks, Art. 5(4) and 8)";

  public Decision decide(LocalDate timeLimitEnd, LocalDate today, boolean answerReceived) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("timeLimitEnd", timeLimitEnd.toString());
    inputs.put("today", today.toString());
    inputs.put("answerReceived", answerReceived);
    Reason reason;
    String outcome;
    if (answerReceived) {
      outcome = NOT_WITHDRAWN;
      reason =
          new Reason("TL-ANSWERED", "The applicant answered the notice within the time limit.");
    } else if (today.isAfter(timeLimitEnd)) {
      outcome = WITHDRAWN;
      reason =
          Reason.of(
              "TL-EXPIRED",
              "No answer to the deficiency notice arrived by "
                  + timeLimitEnd
                  + "; the application is deemed withdrawn.",
              timeLimitEnd);
    } else {
      outcome = NOT_WITHDRAWN;
      reason =
          Reason.of(
              "TL-RUNNING",
              "The time limit runs until " + timeLimitEnd + "; it has not expired.",
              timeLimitEnd);
    }
    return new Decision(TYPE, VERSION, outcome, List.of(reason), inputs, Map.of(), LEGAL_BASIS);
  }
}
