package org.ipflow.platform.engine;

import java.util.List;
import org.ipflow.platform.examination.ExaminationService;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.registration.OfficeLetters;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/**
 * Task {@code IssueRefusal}: the approved refusal takes effect, stating its grounds and the means
 * of appeal. A refusal for some classes only deletes them and lets the mark go on for the others.
 */
@Component("issueRefusal")
class IssueRefusal extends OperatonTask {

  private final FilingService filings;
  private final DecisionLedger ledger;
  private final ProcedureProperties procedure;
  private final OfficeLetters letters;

  IssueRefusal(
      FilingService filings,
      DecisionLedger ledger,
      ProcedureProperties procedure,
      OfficeLetters letters) {
    this.filings = filings;
    this.ledger = ledger;
    this.procedure = procedure;
    this.letters = letters;
  }

  @Override
  @SuppressWarnings("unchecked")
  void handle(TaskContext task) {
    LedgerEntry refusal =
        ledger.forFiling(task.filingId()).stream()
            .filter(e -> e.decisionType().equals(ExaminationService.DECISION_AFTER_HEARING))
            .reduce((first, second) -> second)
            .filter(e -> e.outcome().equals(FilingProcess.Outcomes.REFUSE))
            .orElseThrow(() -> new IllegalStateException("no drafted refusal to issue"));
    String grounds = refusal.reasons().get(0).text();
    List<Integer> refusedClasses = (List<Integer>) refusal.inputs().get("refusedClasses");
    Filing filing = filings.get(task.filingId());
    List<Filing.ClassTerms> remaining =
        refusedClasses == null || refusedClasses.isEmpty()
            ? List.of()
            : filing.goodsAndServices().stream()
                .filter(c -> !refusedClasses.contains(c.niceClass()))
                .toList();
    // The decision document, signed by the senior examiner who approved the refusal.
    String approver =
        ledger.forFiling(task.filingId()).stream()
            .filter(e -> e.decisionType().equals(ExaminationService.REFUSAL_APPROVAL))
            .filter(e -> e.outcome().equals(FilingProcess.Outcomes.APPROVE))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new IllegalStateException("no approval of the refusal to issue"))
            .actor()
            .id();
    letters.issueRefusal(
        task.filingId(), grounds, remaining.isEmpty() ? List.of() : refusedClasses, approver);
    if (!remaining.isEmpty()) {
      Filing.Content c = filing.content();
      filings.amend(
          task.filingId(),
          new Filing.Content(
              c.languageOfProceedings(),
              c.applicant(),
              c.representative(),
              c.mark(),
              remaining,
              c.designs(),
              c.invention(),
              c.priorityClaims(),
              c.deferPublicationMonths()),
          "Refused for classes "
              + refusedClasses
              + ": "
              + grounds
              + " Means of appeal: "
              + procedure.meansOfAppeal(),
          "issue-refusal");
      task.setVariable(FilingProcess.Variables.EXAMINATION_OUTCOME, FilingProcess.Outcomes.ACCEPT);
    } else {
      filings.changeStatus(
          task.filingId(),
          FilingStatus.REFUSED,
          "Application refused: " + grounds + " Means of appeal: " + procedure.meansOfAppeal(),
          "issue-refusal");
      task.setVariable(FilingProcess.Variables.EXAMINATION_OUTCOME, FilingProcess.Outcomes.REFUSE);
    }
  }
}
