package org.ipflow.workers.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.priority.PriorityInput.IpRight;
import org.ipflow.workers.priority.PriorityInput.PriorityClaim;
import org.ipflow.workers.timelimits.OfficeCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PriorityClaimCheckTest {

  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  private static final OfficeCalendar CALENDAR =
      OfficeCalendar.builder(ZURICH)
          .closureDay(LocalDate.of(2026, 12, 25), "Christmas Day")
          .closureDay(LocalDate.of(2027, 1, 1), "New Year's Day")
          .closureDay(LocalDate.of(2027, 8, 2), "Swiss National Day")
          .build();

  private final PriorityClaimCheck check = new PriorityClaimCheck();

  @ParameterizedTest(name = "{0}: priority {1}, filed on the last day {2}")
  @CsvSource({
    "PATENT, 2026-03-02, 2027-03-02",
    "UTILITY_MODEL, 2026-03-02, 2027-03-02",
    "TRADEMARK, 2026-03-02, 2026-09-02",
    "DESIGN, 2026-03-02, 2026-09-02"
  })
  void filingOnTheLastDayOfThePriorityPeriodKeepsThePriority(
      IpRight right, LocalDate priorityDate, LocalDate filingDate) {
    Decision decision =
        check.decide(input(right, filingDate, claim("FR", "2600123", priorityDate)));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_VALID);
    assertThat(decision.outputs()).containsEntry("effectivePriorityDate", priorityDate.toString());
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("PR01", "PR10");
  }

  @ParameterizedTest(name = "{0}: priority {1}, filed the day after the last day, {2}")
  @CsvSource({
    "PATENT, 2026-03-02, 2027-03-03",
    "UTILITY_MODEL, 2026-03-02, 2027-03-03",
    "TRADEMARK, 2026-03-02, 2026-09-03",
    "DESIGN, 2026-03-02, 2026-09-03"
  })
  void filingTheDayAfterThePriorityPeriodLosesThePriority(
      IpRight right, LocalDate priorityDate, LocalDate filingDate) {
    Decision decision =
        check.decide(input(right, filingDate, claim("FR", "2600123", priorityDate)));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_LOST);
    assertThat(decision.outputs()).containsEntry("effectivePriorityDate", null);
  }

  @Test
  void patentWithLatePriorityClaimLosesPriorityButKeepsFilingDate() {
    LocalDate filed = LocalDate.of(2027, 4, 14);

    Decision decision =
        check.decide(
            input(IpRight.PATENT, filed, claim("US", "63/123,456", LocalDate.of(2026, 3, 30))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_LOST);
    assertThat(decision.outputs())
        .containsEntry("effectivePriorityDate", null)
        .containsEntry("filingDate", "2027-04-14");
    assertThat(claimResults(decision))
        .singleElement()
        .satisfies(
            result ->
                assertThat(result)
                    .containsEntry("result", "LOST")
                    .containsEntry("periodLastDay", "2027-03-30"));
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("PR02", "PR11");
    assertThat(decision.reasons().get(0).text())
        .contains("US 63/123,456", "12-month priority period", "ended on 2027-03-30", "lost");
    assertThat(decision.reasons().get(1).text()).contains("keeps its filing date, 2027-04-14");
  }

  @Test
  void trademarkFiledOnTheMondayAfterAPriorityPeriodEndingOnSundayIsInTime() {
    // 31 August + 6 months ends on 28 February 2027, a Sunday.
    Decision decision =
        check.decide(
            input(
                IpRight.TRADEMARK,
                LocalDate.of(2027, 3, 1),
                claim("EM", "019000001", LocalDate.of(2026, 8, 31))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_VALID);
    assertThat(claimResults(decision).get(0))
        .containsEntry("periodUnextendedLastDay", "2027-02-28")
        .containsEntry("periodLastDay", "2027-03-01");
    assertThat(decision.reasons().get(0).text())
        .contains("2027-02-28 is a Sunday", "extended to 2027-03-01");
  }

  @Test
  void patentFiledOnTheNextOpenDayAfterAHolidayAndAWeekendIsInTime() {
    // The period ends on New Year's Day, a Friday; the office opens again on Monday 4 January.
    PriorityClaim claim = claim("DE", "10 2026 000 001.2", LocalDate.of(2026, 1, 1));

    Decision inTime = check.decide(input(IpRight.PATENT, LocalDate.of(2027, 1, 4), claim));
    Decision late = check.decide(input(IpRight.PATENT, LocalDate.of(2027, 1, 5), claim));

    assertThat(inTime.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_VALID);
    assertThat(inTime.reasons().get(0).text()).contains("New Year's Day");
    assertThat(late.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_LOST);
  }

  @Test
  void filingReceivedOnAClosedDayKeepsThatDateAndIsLateIfThePeriodEndedBefore() {
    // The period ends on Friday 26 March 2027; the filing arrived on Saturday 27 March.
    Decision decision =
        check.decide(
            input(
                IpRight.PATENT,
                LocalDate.of(2027, 3, 27),
                claim("GB", "2604567.8", LocalDate.of(2026, 3, 26))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_LOST);
    assertThat(decision.outputs()).containsEntry("filingDate", "2027-03-27");
    assertThat(claimResults(decision).get(0)).containsEntry("periodLastDay", "2027-03-26");
  }

  @Test
  void filingReceivedOnTheClosedLastDayItselfKeepsThatDateAndIsInTime() {
    // The period ends on Sunday 28 February 2027 and is extended; the filing came that Sunday.
    Decision decision =
        check.decide(
            input(
                IpRight.DESIGN,
                LocalDate.of(2027, 2, 28),
                claim("EM", "015000001-0001", LocalDate.of(2026, 8, 28))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_VALID);
    assertThat(decision.outputs()).containsEntry("filingDate", "2027-02-28");
  }

  @Test
  void priorityDateAfterTheFilingDateIsInvalid() {
    Decision decision =
        check.decide(
            input(
                IpRight.UTILITY_MODEL,
                LocalDate.of(2027, 3, 3),
                claim("CN", "202720000001.X", LocalDate.of(2027, 3, 4))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_LOST);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("PR03", "PR11");
    assertThat(claimResults(decision).get(0)).containsEntry("result", "INVALID_DATE");
  }

  @Test
  void priorityDateOnTheFilingDateIsValid() {
    LocalDate day = LocalDate.of(2027, 3, 3);

    Decision decision = check.decide(input(IpRight.DESIGN, day, claim("CH", "CH 1234", day)));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_VALID);
  }

  @Test
  void claimWithoutAPriorityDateIsInvalid() {
    Decision decision =
        check.decide(
            input(IpRight.TRADEMARK, LocalDate.of(2027, 3, 3), claim("JP", "2026-1", null)));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_LOST);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("PR04", "PR11");
    assertThat(claimResults(decision).get(0))
        .containsEntry("result", "INVALID_DATE")
        .containsEntry("priorityDate", null);
  }

  @ParameterizedTest
  @EnumSource(IpRight.class)
  void applicationWithoutClaimsHasNoPriority(IpRight right) {
    Decision decision = check.decide(input(right, LocalDate.of(2027, 3, 3)));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.NO_PRIORITY_CLAIMED);
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("PR00");
    assertThat(decision.outputs())
        .containsEntry("effectivePriorityDate", null)
        .containsEntry("filingDate", "2027-03-03");
  }

  @Test
  void severalPrioritiesInTimeGiveTheEarliestAsThePriorityDate() {
    Decision decision =
        check.decide(
            input(
                IpRight.PATENT,
                LocalDate.of(2027, 2, 1),
                claim("FR", "2600200", LocalDate.of(2026, 6, 15)),
                claim("FR", "2600100", LocalDate.of(2026, 2, 10))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_VALID);
    assertThat(decision.outputs()).containsEntry("effectivePriorityDate", "2026-02-10");
    assertThat(decision.reasons()).extracting(Reason::code).containsExactly("PR01", "PR01", "PR10");
  }

  @Test
  void lateEarliestClaimIsLostWhileALaterClaimInTimeKeepsItsPriority() {
    Decision decision =
        check.decide(
            input(
                IpRight.PATENT,
                LocalDate.of(2027, 3, 10),
                claim("FR", "2600100", LocalDate.of(2026, 2, 10)),
                claim("FR", "2600200", LocalDate.of(2026, 6, 15)),
                claim("FR", "2700300", LocalDate.of(2027, 4, 1))));

    assertThat(decision.outcome()).isEqualTo(PriorityClaimCheck.PRIORITY_PARTLY_LOST);
    assertThat(decision.outputs()).containsEntry("effectivePriorityDate", "2026-06-15");
    assertThat(claimResults(decision))
        .extracting(result -> result.get("result"))
        .containsExactly("LOST", "VALID", "INVALID_DATE");
    assertThat(decision.reasons())
        .extracting(Reason::code)
        .containsExactly("PR02", "PR01", "PR03", "PR10");
  }

  @Test
  void decisionStatesItsTypeVersionLegalBasisAndInputs() {
    Decision decision =
        check.decide(
            input(
                IpRight.PATENT,
                LocalDate.of(2027, 2, 1),
                claim("FR", "2600100", LocalDate.of(2026, 2, 10))));

    assertThat(decision.type()).isEqualTo(PriorityClaimCheck.TYPE);
    assertThat(decision.version()).isEqualTo(PriorityClaimCheck.VERSION);
    assertThat(decision.legalBasis()).contains("Paris Convention", "Art. 4C(1)", "4C(3)");
    assertThat(decision.inputs())
        .containsEntry("ipRight", "PATENT")
        .containsEntry("filingDate", "2027-02-01")
        .containsKeys("claims", "calendar");
  }

  @Test
  void recordsOnlyThePartOfTheCalendarTheDecisionLookedAt() {
    Decision decision =
        check.decide(
            input(
                IpRight.PATENT,
                LocalDate.of(2027, 1, 4),
                claim("DE", "10 2026 000 001.2", LocalDate.of(2026, 1, 1))));

    @SuppressWarnings("unchecked")
    Map<String, Object> calendar = (Map<String, Object>) decision.inputs().get("calendar");
    assertThat(calendar)
        .containsEntry("zone", "Europe/Zurich")
        .containsEntry("closedWeekdays", List.of("SATURDAY", "SUNDAY"))
        .containsEntry(
            "closureDays", List.of(Map.of("date", "2027-01-01", "name", "New Year's Day")));
  }

  @Test
  void sameInputGivesTheSameDecision() {
    PriorityInput input =
        input(
            IpRight.TRADEMARK,
            LocalDate.of(2027, 3, 1),
            claim("EM", "019000001", LocalDate.of(2026, 8, 31)),
            claim("US", "97/000,001", null));

    assertThat(check.decide(input)).isEqualTo(check.decide(input));
  }

  @ParameterizedTest
  @EnumSource(IpRight.class)
  void replayingFromTheRecordedInputsGivesTheSameDecision(IpRight right) {
    Decision recorded =
        check.decide(
            input(
                right,
                LocalDate.of(2027, 1, 4),
                claim("DE", "10 2026 000 001.2", LocalDate.of(2026, 1, 1)),
                claim("EM", "019000001", LocalDate.of(2026, 7, 4)),
                claim("US", null, null),
                claim(null, "X", LocalDate.of(2027, 2, 1))));

    Decision replayed = check.decide(PriorityInput.fromSnapshot(recorded.inputs()));

    assertThat(replayed).isEqualTo(recorded);
  }

  private static PriorityInput input(IpRight right, LocalDate filingDate, PriorityClaim... claims) {
    return new PriorityInput(right, filingDate, new ArrayList<>(Arrays.asList(claims)), CALENDAR);
  }

  private static PriorityClaim claim(String office, String number, LocalDate priorityDate) {
    return new PriorityClaim(office, number, priorityDate);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> claimResults(Decision decision) {
    return (List<Map<String, Object>>) decision.outputs().get("claims");
  }
}
