package org.ipflow.platform.engine;

import java.util.stream.Collectors;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.processes.FilingProcess;
import org.springframework.stereotype.Component;

/** Task {@code RefuseAfterOpposition}: an upheld opposition refuses the mark. */
@Component("refuseAfterOpposition")
class RefuseAfterOpposition extends OperatonTask {

  private final FilingService filings;
  private final OppositionService oppositions;
  private final ProcedureProperties procedure;

  RefuseAfterOpposition(
      FilingService filings, OppositionService oppositions, ProcedureProperties procedure) {
    this.filings = filings;
    this.oppositions = oppositions;
    this.procedure = procedure;
  }

  @Override
  void handle(TaskContext task) {
    String upheld =
        oppositions.forFiling(task.filingId()).stream()
            .filter(o -> FilingProcess.Outcomes.UPHELD.equals(o.decision()))
            .map(o -> o.opponentName() + " (" + o.earlierRight() + ")")
            .collect(Collectors.joining(", "));
    filings.changeStatus(
        task.filingId(),
        FilingStatus.REFUSED,
        "Refused: opposition upheld on the basis of the earlier right of "
            + upheld
            + ". Means of appeal: "
            + procedure.meansOfAppeal(),
        "refuse-after-opposition");
    task.setVariable(FilingProcess.Variables.GRANT_OUTCOME, FilingProcess.Outcomes.REFUSE);
  }
}
