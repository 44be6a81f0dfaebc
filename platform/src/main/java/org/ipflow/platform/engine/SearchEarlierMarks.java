package org.ipflow.platform.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.search.RegisterSearch;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.springframework.stereotype.Component;

/**
 * Task {@code SearchEarlierMarks}: the relative-grounds search of the register (earlier marks in
 * the same or related classes), ranked with scores; the candidate set is in the ledger row. Whether
 * its hits are an ex-officio ground (an examiner looks) or only notified to the applicant and the
 * earlier right holders is the office's setting.
 */
@Component("searchEarlierMarks")
class SearchEarlierMarks extends DecisionTask {

  private final FilingService filings;
  private final RegisterSearch register;

  SearchEarlierMarks(
      DecisionLedger ledger, OfficeClock clock, FilingService filings, RegisterSearch register) {
    super(ledger, clock);
    this.filings = filings;
    this.register = register;
  }

  @Override
  String decisionType() {
    return RelativeGroundsDecision.TYPE;
  }

  @Override
  String workerName() {
    return "search-earlier-marks";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    Set<Integer> classes = new TreeSet<>();
    filing.goodsAndServices().forEach(c -> classes.add(c.niceClass()));
    return register.decideRelativeGrounds(
        filing.id(), filing.mark().text(), classes, filing.seniority());
  }

  @Override
  void apply(TaskContext task, LedgerEntry decision) {
    // The automated-acceptance decision reads the outcome from the ledger.
    if (decision.outcome().equals(RelativeGroundsDecision.NOTIFY_EARLIER_RIGHTS)) {
      filings.recordEvent(
          task.filingId(),
          "EARLIER_RIGHTS_NOTIFIED",
          "Similar earlier marks found; the applicant and their holders are informed: "
              + earlierMarks(decision)
              + ".",
          workerName());
    }
  }

  private static String earlierMarks(LedgerEntry decision) {
    Object hits = decision.outputs().get("hits");
    if (hits instanceof List<?> list && !list.isEmpty()) {
      return list.stream()
          .map(
              h ->
                  h instanceof Map<?, ?> m
                      ? "'" + m.get("markText") + "' (" + m.get("applicationNumber") + ")"
                      : String.valueOf(h))
          .collect(Collectors.joining(", "));
    }
    return decision.reasons().get(0).text();
  }
}
