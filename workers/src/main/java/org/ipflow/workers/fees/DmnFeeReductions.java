package org.ipflow.workers.fees;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionTableResult;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;

/** The reduction table: percent off the whole fee, by right, applicant category and date. */
final class DmnFeeReductions {

  private final DmnDecision decision;
  private final String versionTag;

  DmnFeeReductions(byte[] model, String decisionKey) {
    DmnModelInstance instance = Dmn.readModelFromStream(new ByteArrayInputStream(model));
    this.decision = DmnFeeSchedule.ENGINE.parseDecision(decisionKey, instance);
    this.versionTag = DmnFeeSchedule.versionTag(instance, decisionKey);
  }

  int percent(String ipRight, String applicantCategory, LocalDate filingDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ipRight", ipRight);
    variables.put("applicantCategory", applicantCategory);
    variables.put("filingDate", filingDate);
    DmnDecisionTableResult result =
        DmnFeeSchedule.ENGINE.evaluateDecisionTable(decision, variables);
    if (result.isEmpty()) {
      throw new NoFeeScheduleException(ipRight + " (" + applicantCategory + ")", filingDate);
    }
    return ((Number) result.getSingleResult().get("reductionPercent")).intValue();
  }

  String versionTag() {
    return versionTag;
  }
}
