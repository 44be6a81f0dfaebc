package org.ipflow.platform.engine;

import java.util.List;
import java.util.Map;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.fees.ApplicationFees;
import org.ipflow.workers.payment.FeeConsequences;
import org.ipflow.workers.payment.PaymentMatching;
import org.springframework.stereotype.Component;

/** Task {@code ApplyFeeConsequences}: the payment request went unanswered in full. */
@Component("applyFeeConsequences")
class ApplyFeeConsequences extends DecisionTask {

  private final FeeConsequences consequences = new FeeConsequences();
  private final FilingService filings;
  private final DecisionLedger ledger;

  ApplyFeeConsequences(DecisionLedger ledger, OfficeClock clock, FilingService filings) {
    super(ledger, clock);
    this.filings = filings;
    this.ledger = ledger;
  }

  @Override
  String decisionType() {
    return FeeConsequences.TYPE;
  }

  @Override
  String workerName() {
    return "apply-fee-consequences";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    Map<String, Object> fee = latest(task, ApplicationFees.TYPE).outputs();
    long paid =
        ((Number) latest(task, PaymentMatching.TYPE).outputs().get("paidMinor")).longValue();
    List<Integer> classes =
        filing.goodsAndServices().stream().map(Filing.ClassTerms::niceClass).toList();
    return consequences.decide(filing.ipRight().name(), fee, paid, classes);
  }

  private LedgerEntry latest(TaskContext task, String type) {
    return ledger.forFiling(task.filingId()).stream()
        .filter(e -> e.decisionType().equals(type))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new IllegalStateException("no " + type + " decision"));
  }

  @Override
  @SuppressWarnings("unchecked")
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.FEE_CONSEQUENCE, decision.outcome());
    String summary = decision.reasons().get(0).text();
    switch (decision.outcome()) {
      case FeeConsequences.WITHDRAWN ->
          filings.changeStatus(task.filingId(), FilingStatus.WITHDRAWN, summary, workerName());
      case FeeConsequences.CLASSES_DELETED -> {
        List<Integer> kept = (List<Integer>) decision.outputs().get("keptClasses");
        Filing filing = filings.get(task.filingId());
        Filing.Content content = filing.content();
        filings.amend(
            task.filingId(),
            new Filing.Content(
                content.languageOfProceedings(),
                content.applicant(),
                content.representative(),
                content.mark(),
                content.goodsAndServices().stream()
                    .filter(c -> kept.contains(c.niceClass()))
                    .toList(),
                content.designs(),
                content.invention(),
                content.priorityClaims(),
                content.deferPublicationMonths()),
            summary,
            workerName());
        filings.changeStatus(
            task.filingId(),
            FilingStatus.UNDER_EXAMINATION,
            "Examined for the classes paid.",
            workerName());
      }
      default ->
          filings.changeStatus(
              task.filingId(), FilingStatus.UNDER_EXAMINATION, summary, workerName());
    }
  }
}
