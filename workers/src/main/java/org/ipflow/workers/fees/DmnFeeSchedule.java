package org.ipflow.workers.fees;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionRuleResult;
import org.operaton.bpm.dmn.engine.DmnDecisionTableResult;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;

/**
 * Evaluates the fee table with the standalone DMN engine: no process engine, no database, so the
 * fee decision stays a function of its inputs.
 */
final class DmnFeeSchedule implements FeeSchedule {

  private static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;
  private final String versionTag;

  DmnFeeSchedule(byte[] model, String decisionKey) {
    DmnModelInstance instance = Dmn.readModelFromStream(new ByteArrayInputStream(model));
    this.decision = ENGINE.parseDecision(decisionKey, instance);
    org.operaton.bpm.model.dmn.instance.Decision element =
        instance.getModelElementById(decisionKey);
    this.versionTag = element.getVersionTag() == null ? "untagged" : element.getVersionTag();
  }

  @Override
  public Entry lookup(String ipRight, LocalDate filingDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("ipRight", ipRight);
    variables.put("filingDate", filingDate);
    DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, variables);
    if (result.isEmpty()) {
      throw new NoFeeScheduleException(ipRight, filingDate);
    }
    DmnDecisionRuleResult row = result.getSingleResult();
    return new Entry(
        ((Number) row.get("baseFeeMinor")).longValue(),
        ((Number) row.get("classesIncluded")).intValue(),
        ((Number) row.get("extraClassFeeMinor")).longValue(),
        (String) row.get("currency"));
  }

  @Override
  public String versionTag() {
    return versionTag;
  }
}
