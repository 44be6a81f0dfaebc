package org.ipflow.workers.priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipflow.workers.timelimits.OfficeCalendar;

/**
 * What the priority-claim check looks at.
 *
 * @param ipRight the right applied for: it sets the length of the priority period
 * @param filingDate the application's filing date, as accorded on receipt (never moved by the
 *     calendar)
 * @param claims the priorities claimed, in the order claimed; empty if none
 * @param calendar the office's calendar, which extends the last day of a priority period
 */
public record PriorityInput(
    IpRight ipRight, LocalDate filingDate, List<PriorityClaim> claims, OfficeCalendar calendar) {

  public PriorityInput {
    Objects.requireNonNull(ipRight, "ipRight");
    Objects.requireNonNull(filingDate, "filingDate");
    Objects.requireNonNull(calendar, "calendar");
    claims = claims == null ? List.of() : List.copyOf(claims);
  }

  /** The rights a priority can be claimed for; the names are those of the platform's rights. */
  public enum IpRight {
    PATENT,
    UTILITY_MODEL,
    TRADEMARK,
    DESIGN
  }

  /**
   * One priority claimed, as the applicant stated it. Fields may be missing: the check says so.
   *
   * @param office the WIPO ST.3 code of the office of the earlier application, e.g. {@code EP}
   * @param applicationNumber the number of the earlier application
   * @param priorityDate the filing date of the earlier application
   */
  public record PriorityClaim(String office, String applicationNumber, LocalDate priorityDate) {

    Map<String, Object> snapshot() {
      Map<String, Object> snapshot = new LinkedHashMap<>();
      snapshot.put("office", office);
      snapshot.put("applicationNumber", applicationNumber);
      snapshot.put("priorityDate", priorityDate == null ? null : priorityDate.toString());
      return snapshot;
    }
  }

  /**
   * Reads back the inputs a {@link PriorityClaimCheck} decision recorded, to replay it: the
   * replayed decision is equal to the recorded one.
   */
  public static PriorityInput fromSnapshot(Map<String, ?> inputs) {
    List<PriorityClaim> claims = new ArrayList<>();
    for (Object entry : (List<?>) inputs.get("claims")) {
      Map<?, ?> claim = (Map<?, ?>) entry;
      String date = (String) claim.get("priorityDate");
      claims.add(
          new PriorityClaim(
              (String) claim.get("office"),
              (String) claim.get("applicationNumber"),
              date == null ? null : LocalDate.parse(date)));
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> calendar = (Map<String, ?>) inputs.get("calendar");
    return new PriorityInput(
        IpRight.valueOf((String) inputs.get("ipRight")),
        LocalDate.parse((String) inputs.get("filingDate")),
        claims,
        OfficeCalendar.fromSnapshot(calendar));
  }
}
