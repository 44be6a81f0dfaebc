package org.ipflow.workers.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * What an unpaid fee costs the applicant once the time limit of the payment request has expired.
 * For a mark whose base fee is paid, the classes not paid for are deleted, in the order the
 * application lists them (the first classes are kept); otherwise the application is deemed
 * withdrawn.
 */
public final class FeeConsequences {

  public static final String TYPE = "fee-consequences";
  public static final String VERSION = "1.0.0";
  public static final String PAID_IN_FULL = "PAID_IN_FULL";
  public static final String CLASSES_DELETED = "CLASSES_DELETED";
  public static final String WITHDRAWN = "WITHDRAWN";
  static final String LEGAL_BASIS =
      "Consequences of non-payment of fees (Singapore Treaty Rule 3(8); Patent Law Treaty Art. 5(6))";

  /**
   * @param right the IP right
   * @param feeOutputs the outputs of the fee decision: {@code amountMinor}, {@code baseFeeMinor},
   *     {@code unitsIncluded}, {@code extraUnitFeeMinor}, {@code reductionPercent}
   * @param paidMinor what was paid in the fee's currency
   * @param classes a mark's Nice classes in the order filed (empty for other rights)
   */
  public Decision decide(
      String right, Map<String, Object> feeOutputs, long paidMinor, List<Integer> classes) {
    long due = number(feeOutputs, "amountMinor");
    int percent = (int) number(feeOutputs, "reductionPercent");
    long base = reduced(number(feeOutputs, "baseFeeMinor"), percent);
    long perClass = reduced(number(feeOutputs, "extraUnitFeeMinor"), percent);
    int included = (int) number(feeOutputs, "unitsIncluded");

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("right", right);
    inputs.put("fee", new LinkedHashMap<>(feeOutputs));
    inputs.put("paidMinor", paidMinor);
    inputs.put("classes", List.copyOf(classes));
    Map<String, Object> outputs = new LinkedHashMap<>();
    String outcome;
    Reason reason;
    if (paidMinor >= due) {
      outcome = PAID_IN_FULL;
      reason = new Reason("FC-PAID", "The fee is paid in full.");
    } else if (right.equals("TRADEMARK") && paidMinor >= base && classes.size() > included) {
      int paidExtra = perClass == 0 ? 0 : (int) ((paidMinor - base) / perClass);
      int keep = Math.min(classes.size(), included + paidExtra);
      List<Integer> kept = new ArrayList<>(classes.subList(0, keep));
      List<Integer> deleted = new ArrayList<>(classes.subList(keep, classes.size()));
      outputs.put("keptClasses", kept);
      outputs.put("deletedClasses", deleted);
      outcome = CLASSES_DELETED;
      reason =
          Reason.of(
              "FC-CLASSES",
              "The fees paid cover classes "
                  + kept
                  + "; classes "
                  + deleted
                  + " are deleted from the application.",
              kept,
              deleted);
    } else {
      outcome = WITHDRAWN;
      reason =
          new Reason(
              "FC-WITHDRAWN",
              "The fee was not paid within the time limit; the application is deemed withdrawn.");
    }
    return new Decision(TYPE, VERSION, outcome, List.of(reason), inputs, outputs, LEGAL_BASIS);
  }

  private static long reduced(long amount, int percent) {
    return amount - Math.round(amount * percent / 100.0);
  }

  private static long number(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException("fee outputs lack " + key);
    }
    return number.longValue();
  }
}
