package org.ipflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.ledger.DecisionLedger;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.processes.FilingProcess;
import org.ipflow.workers.classification.ClassificationCheck;
import org.ipflow.workers.classification.ClassificationInput;
import org.ipflow.workers.decision.Decision;
import org.springframework.stereotype.Component;

/**
 * Task {@code CheckClassification}: declared classes validated, missing ones suggested with a
 * confidence; doubts go to an examiner. A design's confident Locarno suggestion is entered.
 */
@Component("checkClassification")
class CheckClassification extends DecisionTask {

  private static final ClassificationCheck CHECK = new ClassificationCheck();
  private final FilingService filings;
  private final ClassificationProperties properties;

  CheckClassification(
      DecisionLedger ledger,
      OfficeClock clock,
      FilingService filings,
      ClassificationProperties properties) {
    super(ledger, clock);
    this.filings = filings;
    this.properties = properties;
  }

  @Override
  String decisionType() {
    return ClassificationCheck.TYPE;
  }

  @Override
  String workerName() {
    return "check-classification";
  }

  @Override
  Decision decide(TaskContext task) {
    Filing filing = filings.get(task.filingId());
    Filing.Content content = filing.content();
    ClassificationInput input =
        switch (filing.ipRight()) {
          case TRADEMARK ->
              ClassificationInput.trademark(
                  content.goodsAndServices().stream()
                      .map(c -> new ClassificationInput.NiceClaim(c.niceClass(), c.terms()))
                      .toList());
          case DESIGN ->
              ClassificationInput.design(
                  content.designs().stream()
                      .map(
                          d ->
                              new ClassificationInput.DesignClaim(
                                  d.locarnoClass(), d.productIndication()))
                      .toList());
          case PATENT ->
              ClassificationInput.patent(
                  content.invention().ipcSymbols(), content.invention().title(), null);
          case UTILITY_MODEL ->
              ClassificationInput.utilityModel(
                  content.invention().ipcSymbols(), content.invention().title(), null);
        };
    return CHECK.decide(input, properties.classificationThreshold());
  }

  @Override
  @SuppressWarnings("unchecked")
  void apply(TaskContext task, LedgerEntry decision) {
    task.setVariable(FilingProcess.Variables.CLASSIFICATION_OUTCOME, decision.outcome());
    if (!decision.outcome().equals(ClassificationCheck.SUGGESTED)) {
      return; // nothing to enter: no need to read the filing again
    }
    Filing filing = filings.get(task.filingId());
    if (filing.ipRight() != org.ipflow.platform.filing.IpRight.DESIGN) {
      return;
    }
    List<Map<String, Object>> suggestions =
        (List<Map<String, Object>>) decision.outputs().get("suggestions");
    List<Filing.Design> designs = new ArrayList<>(filing.content().designs());
    for (int i = 0; i < designs.size() && i < suggestions.size(); i++) {
      Filing.Design design = designs.get(i);
      Object suggested = suggestions.get(i).get("suggested");
      if (design.locarnoClass() == null && suggested != null) {
        designs.set(i, new Filing.Design(design.productIndication(), suggested.toString()));
      }
    }
    Filing.Content c = filing.content();
    filings.amend(
        task.filingId(),
        new Filing.Content(
            c.languageOfProceedings(),
            c.applicant(),
            c.representative(),
            c.mark(),
            c.goodsAndServices(),
            designs,
            c.invention(),
            c.priorityClaims(),
            c.deferPublicationMonths()),
        "Locarno classification entered as suggested: "
            + designs.stream().map(Filing.Design::locarnoClass).toList()
            + ".",
        workerName());
  }
}
