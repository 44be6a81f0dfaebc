package org.ipflow.workers.filingdate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * An application whose missing filing-date elements were not supplied within the time limit is not
 * treated as an application: it gets no filing date and the procedure ends.
 */
public final class FilingDateNotAccorded {

  public static final String TYPE = "filing-date-not-accorded";
  public static final String VERSION = "1.0.0";
  public static final String NOT_FILED = "NOT_FILED";
  public static final String STILL_IN_TIME = "STILL_IN_TIME";
  static final String LEGAL_BASIS =
      "Application not treated as filed when the requirements for a filing date are not complied with"
          + " in time (Singapore Treaty Art. 5(4); Patent Law Treaty Art. 5(4))";

  public Decision decide(LocalDate timeLimitLastDay, LocalDate today) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("timeLimitLastDay", timeLimitLastDay.toString());
    inputs.put("today", today.toString());
    boolean expired = today.isAfter(timeLimitLastDay);
    Reason reason =
        expired
            ? Reason.of(
                "FD-EXPIRED",
                "The missing elements were not supplied by "
                    + timeLimitLastDay
                    + ": the application is not treated as an application and gets no filing date.",
                timeLimitLastDay)
            : Reason.of(
                "FD-RUNNING",
                "The time limit runs until " + timeLimitLastDay + ".",
                timeLimitLastDay);
    return new Decision(
        TYPE,
        VERSION,
        expired ? NOT_FILED : STILL_IN_TIME,
        List.of(reason),
        inputs,
        Map.of(),
        LEGAL_BASIS);
  }
}
