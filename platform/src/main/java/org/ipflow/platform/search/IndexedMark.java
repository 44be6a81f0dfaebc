package org.ipflow.platform.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A mark as the register search holds it.
 *
 * @param filingId the mark's filing in this office
 * @param applicationNumber its application number (ST.13)
 * @param registrationNumber its registration number, or {@code null} before registration
 * @param markText its word element
 * @param niceClasses the Nice classes it is published or registered for (1 to 45, at least one)
 * @param status where it stands: only {@link RegisterStatus#isEarlierRight() earlier rights} are
 *     found
 * @param ownerName the applicant or holder, or {@code null}
 * @param priorityDate its seniority (filing date, or the date of the priority claimed), or {@code
 *     null} if unknown (then it counts as earlier than any mark searched)
 */
public record IndexedMark(
    UUID filingId,
    String applicationNumber,
    String registrationNumber,
    String markText,
    Set<Integer> niceClasses,
    RegisterStatus status,
    String ownerName,
    LocalDate priorityDate) {

  public IndexedMark {
    Objects.requireNonNull(filingId, "filingId");
    Objects.requireNonNull(applicationNumber, "applicationNumber");
    Objects.requireNonNull(markText, "markText");
    Objects.requireNonNull(status, "status");
    niceClasses = NiceClasses.valid(niceClasses);
  }

  /** Nice classes as the search takes them. */
  static final class NiceClasses {

    private NiceClasses() {}

    static Set<Integer> valid(Set<Integer> niceClasses) {
      if (niceClasses == null || niceClasses.isEmpty()) {
        throw new IllegalArgumentException("at least one Nice class is needed");
      }
      for (Integer nice : niceClasses) {
        if (nice == null || nice < 1 || nice > 45) {
          throw new IllegalArgumentException("not a Nice class: " + nice);
        }
      }
      return Collections.unmodifiableSet(new TreeSet<>(niceClasses));
    }
  }
}
