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
 * Evaluates fee tables with the standalone DMN engine: no process engine, no database, so the fee
 * decision stays a function of its inputs.
 */
final class DmnFeeSchedule implements FeeSchedule {

  static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;
  private final String versionTag;
  private final boolean legacyColumns;

  DmnFeeSchedule(byte[] model, String decisionKey) {
    DmnModelInstance instance = Dmn.readModelFromStream(new ByteArrayInputStream(model));
    this.decision = ENGINE.parseDecision(decisionKey, instance);
    this.versionTag = versionTag(instance, decisionKey);
    // The first (trade-mark only) table named its columns after classes.
    this.legacyColumns = decisionKey.equals("trademark-fees");
  }

  static String versionTag(DmnModelInstance instance, String decisionKey) {
    org.operaton.bpm.model.dmn.instance.Decision element =
        instance.getModelElementById(decisionKey);
    return element.getVersionTag() == null ? "untagged" : element.getVersionTag();
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
        ((Number) row.get(legacyColumns ? "classesIncluded" : "unitsIncluded")).intValue(),
        ((Number) row.get(legacyColumns ? "extraClassFeeMinor" : "extraUnitFeeMinor")).longValue(),
        (String) row.get("currency"));
  }

  @Override
  public String versionTag() {
    return versionTag;
  }
}
