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
  public static final String VERSION = "1.0.0";
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
    List<Reason> reasons = new ArrayList<>();
    if (!enabled) {
      reasons.add(new Reason("AA-DISABLED", "The office has every mark examined by an examiner."));
    }
    for (Map.Entry<String, String> check : checks.entrySet()) {
      if (!greenOutcomes.contains(check.getValue())) {
        reasons.add(
            new Reason(
                "AA-" + check.getKey(),
                "The check "
                    + check.getKey()
                    + " found "
                    + check.getValue()
                    + ": an examiner looks."));
      }
    }
    boolean accept = reasons.isEmpty();
    if (accept) {
      reasons.add(
          new Reason(
              "AA-GREEN",
              "Every automated check is green ("
                  + String.join(", ", checks.keySet())
                  + "): accepted without an examiner."));
    }
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("enabled", enabled);
    inputs.put("checks", new LinkedHashMap<>(checks));
    inputs.put("greenOutcomes", List.copyOf(greenOutcomes));
    return new Decision(
        TYPE,
        VERSION,
        accept ? ACCEPT_AUTOMATICALLY : EXAMINER_REQUIRED,
        reasons,
        inputs,
        Map.of(),
        LEGAL_BASIS);
  }
}
