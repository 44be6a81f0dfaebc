package org.ipflow.platform.examination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.Actor;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.EngineStep;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer confirms an automated decision of a type for which the office has configured no legal
 * basis for automation; only then does it take effect and the procedure go on.
 */
@Service
public class AutomatedDecisionConfirmation {

  /** The decision type of the officer's confirmation, as written to the ledger. */
  public static final String TYPE = "automated-decision-confirmation";

  private final DecisionLedger ledger;
  private final FilingService filings;
  private final RuntimeService runtime;
  private final OfficeClock clock;

  AutomatedDecisionConfirmation(
      DecisionLedger ledger, FilingService filings, RuntimeService runtime, OfficeClock clock) {
    this.ledger = ledger;
    this.filings = filings;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The decisions awaiting confirmation in the officer's queues. */
  public List<LedgerEntry> awaiting(CurrentUser officer) {
    List<LedgerEntry> mine = new ArrayList<>();
    for (LedgerEntry entry : ledger.awaitingConfirmation(TYPE)) {
      if (inQueueOf(filings.get(entry.filingId()), officer)) {
        mine.add(entry);
      }
    }
    return mine;
  }

  /** Confirms the decision: recorded as the officer's own row, then the procedure goes on. */
  @Transactional
  public LedgerEntry confirm(UUID decisionId, String reason, CurrentUser officer) {
    LedgerEntry decision =
        ledger.get(decisionId).orElseThrow(() -> ApiProblem.notFound("Decision " + decisionId));
    Filing filing = filings.lock(decision.filingId());
    if (!inQueueOf(filing, officer)) {
      throw ApiProblem.forbidden(
          "The filing of decision " + decisionId + " is not in a queue of yours.");
    }
    if (!decision.awaitsConfirmation()
        || ledger.awaitingConfirmation(TYPE).stream().noneMatch(e -> e.id().equals(decisionId))) {
      throw ApiProblem.conflict(
          "not-awaiting-confirmation", "Decision " + decisionId + " awaits no confirmation.");
    }
    String executionId = waitingExecution(decision.step());
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("decision", decisionId.toString());
    inputs.put("decisionType", decision.decisionType());
    inputs.put("outcome", decision.outcome());
    inputs.put("officerGroups", List.copyOf(officer.groups()));
    LedgerEntry confirmation =
        ledger.recordReview(
            decision.filingId(),
            new Decision(
                TYPE,
                "officer",
                "CONFIRMED",
                List.of(
                    new Reason(
                        "CONF-01",
                        reason == null || reason.isBlank()
                            ? "The officer checked the automated decision and confirms it."
                            : reason)),
                inputs,
                Map.of(),
                "Confirmation by an officer of an automated decision for which no legal basis for"
                    + " automation is configured"),
            Actor.human(officer.userName()),
            decision.step(),
            clock.now(),
            decision);
    filings.recordEvent(
        decision.filingId(),
        "DECISION_CONFIRMED",
        officer.userName()
            + " confirmed the automated decision "
            + decision.decisionType()
            + " ("
            + decision.outcome()
            + "); it takes effect.",
        officer.userName());
    runtime.signal(executionId);
    return confirmation;
  }

  private String waitingExecution(EngineStep step) {
    ActivityInstance tree = runtime.getActivityInstance(step.processInstanceId());
    ActivityInstance waiting = tree == null ? null : find(tree, step.activityInstanceId());
    if (waiting == null || waiting.getExecutionIds().length == 0) {
      throw ApiProblem.conflict(
          "not-awaiting-confirmation", "The step of this decision no longer waits.");
    }
    return waiting.getExecutionIds()[0];
  }

  private static ActivityInstance find(ActivityInstance instance, String id) {
    if (id.equals(instance.getId())) {
      return instance;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      ActivityInstance found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean inQueueOf(Filing filing, CurrentUser officer) {
    return officer.groups().contains(FilingProcess.Groups.examinersOf(filing.ipRight().name()));
  }
}
