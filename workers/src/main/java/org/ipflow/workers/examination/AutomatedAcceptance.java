package org.ipflow.workers.examination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * May a mark be accepted without an examiner? Only when the office allows it and every automated
 * check is green and confident: the absolute-grounds pre-screen found nothing, the search of
 * earlier marks found nothing, and the classification was confirmed. Anything else goes to an
 * examiner, who sees why.
 */
public final class AutomatedAcceptance {

  public static final String TYPE = "automated-acceptance";

  /**
   * 1.1.0 records the checks as a list of {@code {check, outcome}} in the order they were given:
   * 1.0.0 recorded them as a JSON object, whose key order the ledger (jsonb) does not keep, so the
   * order of the reasons could not be told from the row.
   */
  public static final String VERSION = "1.1.0";

  /** The first version, kept so that its ledger rows can still be replayed. */
  public static final String VERSION_1_0_0 = "1.0.0";

  /**
   * The order in which the only caller of 1.0.0 (the platform's automated-acceptance step) passed
   * its checks; a 1.0.0 row does not record it.
   */
  public static final List<String> CHECK_ORDER_1_0_0 =
      List.of("absolute-grounds-prescreen", "classification");

  public static final String ACCEPT_AUTOMATICALLY = "ACCEPT_AUTOMATICALLY";
  public static final String EXAMINER_REQUIRED = "EXAMINER_REQUIRED";
  static final String LEGAL_BASIS =
      "Acceptance of a trade-mark application when no ground for refusal applies (the office's"
          + " trade-mark law; automated under its rules on automated decisions, GDPR Art. 22(2)(b) for"
          + " natural persons)";

  /**
   * @param enabled whether the office accepts marks automatically at all
   * @param checks each automated check's type and outcome, e.g. {@code absolute-grounds-prescreen
   *     -> CLEAR}; a check is green when its outcome is one of {@code greenOutcomes}
   * @param greenOutcomes the outcomes that count as green
   */
  public Decision decide(boolean enabled, Map<String, String> checks, List<String> greenOutcomes) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("enabled", enabled);
    List<Map<String, Object>> recorded = new ArrayList<>();
    for (Map.Entry<String, String> check : checks.entrySet()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("check", check.getKey());
      entry.put("outcome", check.getValue());
      recorded.add(entry);
    }
    inputs.put("checks", recorded);
    inputs.put("greenOutcomes", List.copyOf(greenOutcomes));
    return decide(VERSION, enabled, checks, greenOutcomes, inputs);
  }

  /**
   * Version 1.0.0, for replaying its ledger rows: the same rule, the checks snapshotted as an
   * object. Give the checks in {@link #CHECK_ORDER_1_0_0}.
   */
  public Decision decideVersion100(
      boolean enabled, Map<String, String> checks, List<String> greenOutcomes) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("enabled", enabled);
    inputs.put("checks", new LinkedHashMap<>(checks));
    inputs.put("greenOutcomes", List.copyOf(greenOutcomes));
    return decide(VERSION_1_0_0, enabled, checks, greenOutcomes, inputs);
  }

  private static Decision decide(
      String version,
      boolean enabled,
      Map<String, String> checks,
      List<String> greenOutcomes,
      Map<String, Object> inputs) {
    List<Reason> reasons = new ArrayList<>();
    if (!enabled) {
      reasons.add(new Reason("AA-DISABLED", "The office has every mark examined by an examiner."));
    }
    for (Map.Entry<String, String> check : checks.entrySet()) {
      if (!greenOutcomes.contains(check.getValue())) {
        reasons.add(
            Reason.of(
                "AA-" + check.getKey(),
                "The check "
                    + check.getKey()
                    + " found "
                    + check.getValue()
                    + ": an examiner looks.",
                check.getKey(),
                check.getValue()));
      }
    }
    boolean accept = reasons.isEmpty();
    if (accept) {
      reasons.add(
          Reason.of(
              "AA-GREEN",
              "Every automated check is green ("
                  + String.join(", ", checks.keySet())
                  + "): accepted without an examiner.",
              String.join(", ", checks.keySet())));
    }
    return new Decision(
        TYPE,
        version,
        accept ? ACCEPT_AUTOMATICALLY : EXAMINER_REQUIRED,
        reasons,
        inputs,
        Map.of(),
        LEGAL_BASIS);
  }
}
