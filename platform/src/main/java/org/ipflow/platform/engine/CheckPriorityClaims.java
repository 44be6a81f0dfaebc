package org.ipflow.platform.engine;

import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeCalendars;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.priority.PriorityClaimCheck;
import org.ipflow.workers.priority.PriorityInput;
import org.springframework.stereotype.Component;

/**
 * Task {@code CheckPriorityClaims}: each claim within its Paris Convention period (12 months for
 * patents and utility models, 6 for marks and designs, extended by the office calendar), from the
 * filing date as it now stands — a filing date moved by late missing elements is checked again
 * here.
 */
@Component("checkPriorityClaims")
class CheckPriorityClaims extends DecisionTask {

  private final PriorityClaimCheck check = new PriorityClaimCheck();
  private final FilingService filings;
  private final OfficeCalendars calendars;

  CheckPriorityClaims(
      DecisionLedger ledger, OfficeClock clock, FilingService filings, OfficeCalendars calendars) {
    super(ledger, clock);
    this.filings = filings;
    this.calendars = calendars;
  }

  @Override
  String decisionType() {
    return PriorityClaimCheck.TYPE;
  }

  @Override
  String workerName() {
    return "check-priority-claims";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    return check.decide(
        new PriorityInput(
            PriorityInput.IpRight.valueOf(filing.ipRight().name()),
            filing.filingDate(),
            filing.content().priorityClaims().stream()
                .map(
                    c ->
                        new PriorityInput.PriorityClaim(
                            c.office(), c.applicationNumber(), c.date()))
                .toList(),
            calendars.current()));
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    if (!decision.outcome().equals(PriorityClaimCheck.PRIORITY_VALID)
        && !decision.outcome().equals(PriorityClaimCheck.NO_PRIORITY_CLAIMED)) {
      filings.recordEvent(
          task.filingId(),
          "PRIORITY_LOST",
          decision.reasons().get(decision.reasons().size() - 1).text(),
          workerName());
    }
  }
}
