package org.ipflow.workers.priority;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.priority.PriorityInput.IpRight;
import org.ipflow.workers.priority.PriorityInput.PriorityClaim;
import org.ipflow.workers.timelimits.OfficeCalendar;
import org.ipflow.workers.timelimits.TimeLimit;

/**
 * Decides which priorities an application enjoys under the Paris Convention. Each claim is in time
 * if the application was filed by the last day of the priority period counted from that claim's
 * priority date (12 months for patents and utility models, 6 months for trade marks and designs),
 * extended past days the office is closed. The application's priority date is the earliest valid
 * one; if every claim fails, only the priority is lost: the application keeps its filing date.
 *
 * <p>When every claim is valid the period that matters is the one from the earliest priority date,
 * which ends first. Each claim is still checked against its own period (Art. 4C(2), 4F): a late
 * earliest claim does not take a later claim that is in time down with it.
 */
public final class PriorityClaimCheck {

  public static final String TYPE = "priority-claim";
  public static final String VERSION = "1.0.0";

  /** Every claim is valid. */
  public static final String PRIORITY_VALID = "PRIORITY_VALID";

  /** At least one claim is valid and at least one is lost or invalid. */
  public static final String PRIORITY_PARTLY_LOST = "PRIORITY_PARTLY_LOST";

  /** No claim is valid: the application has no priority and keeps its filing date. */
  public static final String PRIORITY_LOST = "PRIORITY_LOST";

  public static final String NO_PRIORITY_CLAIMED = "NO_PRIORITY_CLAIMED";

  static final String LEGAL_BASIS =
      "Right of priority (Paris Convention for the Protection of Industrial Property, Art. 4C(1):"
          + " 12 months for patents and utility models, 6 months for industrial designs and trade"
          + " marks; Art. 4C(2): the period runs from the filing date of the first application, that"
          + " day not included; Art. 4C(3): a last day on which the office is closed extends the"
          + " period to the next open day; Art. 4F: multiple priorities)";

  /** What became of one claim. */
  public enum ClaimResult {
    /** Claimed within its priority period: the application enjoys that priority. */
    VALID,
    /** The application was filed after the priority period ended: that priority is lost. */
    LOST,
    /** The priority date is missing or later than the filing date: no priority can rest on it. */
    INVALID_DATE
  }

  /** The priority period of a right under Paris Convention Art. 4C(1). */
  public static Period priorityPeriod(IpRight right) {
    return switch (right) {
      case PATENT, UTILITY_MODEL -> Period.ofMonths(12);
      case TRADEMARK, DESIGN -> Period.ofMonths(6);
    };
  }

  public Decision decide(PriorityInput input) {
    Period period = priorityPeriod(input.ipRight());
    String periodName = period.getMonths() + "-month priority period for " + name(input.ipRight());
    List<Reason> reasons = new ArrayList<>();
    List<Map<String, Object>> results = new ArrayList<>();
    List<TimeLimit> limits = new ArrayList<>();
    LocalDate effectivePriorityDate = null;
    int valid = 0;
    int number = 0;
    for (PriorityClaim claim : input.claims()) {
      number++;
      String label = "Priority claim " + number + " (" + describe(claim) + ")";
      // The values of the label, then those of each sentence.
      List<Object> args = new ArrayList<>(describeArgs(number, claim));
      Map<String, Object> result = claim.snapshot();
      LocalDate priorityDate = claim.priorityDate();
      if (priorityDate == null) {
        result.put("result", ClaimResult.INVALID_DATE.name());
        reasons.add(
            Reason.of(
                "PR04",
                label + " states no priority date; no priority rests on it.",
                args.toArray()));
      } else if (priorityDate.isAfter(input.filingDate())) {
        result.put("result", ClaimResult.INVALID_DATE.name());
        reasons.add(
            Reason.of(
                "PR03",
                label
                    + ": the priority date is later than the filing date, "
                    + input.filingDate()
                    + "; a priority must come from an earlier application.",
                with(args, input.filingDate()).toArray()));
      } else {
        TimeLimit limit = TimeLimit.compute(priorityDate, period, input.calendar());
        limits.add(limit);
        result.put("periodUnextendedLastDay", limit.unextendedLastDay().toString());
        result.put("periodLastDay", limit.lastDay().toString());
        String extension = limit.extension().map(text -> " " + text).orElse("");
        args.add(input.filingDate());
        args.add(period.getMonths());
        args.add("~right." + input.ipRight().name());
        args.add(limit.lastDay());
        if (limit.isExtended()) {
          args.add(limit.unextendedLastDay());
          args.add(String.join("; ", limit.closedDays()));
          args.add(limit.lastDay());
        }
        if (limit.isMetBy(input.filingDate())) {
          valid++;
          result.put("result", ClaimResult.VALID.name());
          if (effectivePriorityDate == null || priorityDate.isBefore(effectivePriorityDate)) {
            effectivePriorityDate = priorityDate;
          }
          reasons.add(
              Reason.of(
                  "PR01",
                  label
                      + ": the application, filed on "
                      + input.filingDate()
                      + ", was filed within the "
                      + periodName
                      + ", whose last day is "
                      + limit.lastDay()
                      + "."
                      + extension,
                  args.toArray()));
        } else {
          result.put("result", ClaimResult.LOST.name());
          reasons.add(
              Reason.of(
                  "PR02",
                  label
                      + ": the application, filed on "
                      + input.filingDate()
                      + ", was filed after the "
                      + periodName
                      + " ended on "
                      + limit.lastDay()
                      + "; this priority is lost."
                      + extension,
                  args.toArray()));
        }
      }
      results.add(Collections.unmodifiableMap(result));
    }

    String outcome;
    if (input.claims().isEmpty()) {
      outcome = NO_PRIORITY_CLAIMED;
      reasons.add(
          Reason.of(
              "PR00",
              "No priority is claimed; the application's date is its filing date, "
                  + input.filingDate()
                  + ".",
              input.filingDate()));
    } else if (valid == 0) {
      outcome = PRIORITY_LOST;
      reasons.add(
          Reason.of(
              "PR11",
              "No priority claim is valid: the application has no right of priority and keeps"
                  + " its filing date, "
                  + input.filingDate()
                  + ".",
              input.filingDate()));
    } else {
      outcome = valid == input.claims().size() ? PRIORITY_VALID : PRIORITY_PARTLY_LOST;
      reasons.add(
          Reason.of(
              "PR10",
              "The application enjoys the priority of "
                  + effectivePriorityDate
                  + ", its earliest valid priority date; its filing date remains "
                  + input.filingDate()
                  + ".",
              effectivePriorityDate,
              input.filingDate()));
    }

    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put(
        "effectivePriorityDate",
        effectivePriorityDate == null ? null : effectivePriorityDate.toString());
    outputs.put("filingDate", input.filingDate().toString());
    outputs.put("claims", results);
    return new Decision(
        TYPE, VERSION, outcome, reasons, snapshot(input, limits), outputs, LEGAL_BASIS);
  }

  /**
   * The inputs, with the part of the calendar the decision looked at: the days from the earliest
   * unextended end of a priority period to the latest extended one. Replaying from this snapshot
   * gives the same decision, and the ledger does not carry the office's holidays of every year.
   */
  private static Map<String, Object> snapshot(PriorityInput input, List<TimeLimit> limits) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("ipRight", input.ipRight().name());
    snapshot.put("filingDate", input.filingDate().toString());
    snapshot.put("claims", input.claims().stream().map(PriorityClaim::snapshot).toList());
    OfficeCalendar calendar = input.calendar();
    OfficeCalendar looked =
        limits.isEmpty()
            ? OfficeCalendar.of(calendar.zone(), calendar.closedWeekdays(), Map.of(), List.of())
            : calendar.restrictedTo(
                limits.stream().map(TimeLimit::unextendedLastDay).min(LocalDate::compareTo).get(),
                limits.stream().map(TimeLimit::lastDay).max(LocalDate::compareTo).get());
    snapshot.put("calendar", looked.snapshot());
    return snapshot;
  }

  private static String describe(PriorityClaim claim) {
    return Objects.toString(claim.office(), "office not stated")
        + " "
        + Objects.toString(claim.applicationNumber(), "number not stated")
        + ", "
        + (claim.priorityDate() == null ? "date not stated" : claim.priorityDate().toString());
  }

  /**
   * The values of {@link #describe}, a part not stated as the term {@code ~notStated.<part>}: the
   * claim's number, office, application number and priority date.
   */
  private static List<Object> describeArgs(int number, PriorityClaim claim) {
    List<Object> args = new ArrayList<>();
    args.add(number);
    args.add(claim.office() == null ? "~notStated.office" : claim.office());
    args.add(claim.applicationNumber() == null ? "~notStated.number" : claim.applicationNumber());
    args.add(claim.priorityDate() == null ? "~notStated.date" : claim.priorityDate());
    return args;
  }

  private static List<Object> with(List<Object> args, Object more) {
    List<Object> all = new ArrayList<>(args);
    all.add(more);
    return all;
  }

  private static String name(IpRight right) {
    return switch (right) {
      case PATENT -> "a patent";
      case UTILITY_MODEL -> "a utility model";
      case TRADEMARK -> "a trade mark";
      case DESIGN -> "an industrial design";
    };
  }
}
