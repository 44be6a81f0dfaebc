package org.ipflow.workers.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Is the fee paid? Adds up the payments received in the fee's currency and compares them with the
 * fee due. A payment in another currency is not converted: it is named, for a person to settle.
 */
public final class PaymentMatching {

  public static final String TYPE = "payment-matching";
  public static final String VERSION = "1.0.0";
  public static final String PAID = "PAID";
  public static final String SHORTFALL = "SHORTFALL";
  static final String LEGAL_BASIS = "Payment of fees (office fee regulations)";

  public Decision decide(long dueMinor, String currency, List<Payment> payments) {
    long paidMinor = 0;
    List<Reason> reasons = new ArrayList<>();
    List<Map<String, Object>> snapshot = new ArrayList<>();
    for (Payment payment : payments) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("amountMinor", payment.amountMinor());
      p.put("currency", payment.currency());
      p.put("reference", payment.reference());
      p.put("receivedOn", payment.receivedOn() == null ? null : payment.receivedOn().toString());
      snapshot.add(p);
      if (currency.equals(payment.currency())) {
        paidMinor += payment.amountMinor();
      } else {
        reasons.add(
            Reason.of(
                "PAY-CURRENCY",
                "Payment "
                    + payment.reference()
                    + " is in "
                    + payment.currency()
                    + ", not in "
                    + currency
                    + ": not counted; the office will refund or settle it.",
                payment.reference(),
                payment.currency(),
                currency));
      }
    }
    long shortfall = Math.max(0, dueMinor - paidMinor);
    String outcome = shortfall == 0 ? PAID : SHORTFALL;
    reasons.add(
        0,
        shortfall == 0
            ? Reason.of(
                "PAY-OK",
                "Paid " + money(paidMinor) + " " + currency + " of " + money(dueMinor) + " due.",
                money(paidMinor),
                currency,
                money(dueMinor))
            : Reason.of(
                "PAY-SHORT",
                "Paid "
                    + money(paidMinor)
                    + " "
                    + currency
                    + " of "
                    + money(dueMinor)
                    + " due: "
                    + money(shortfall)
                    + " "
                    + currency
                    + " missing.",
                money(paidMinor),
                currency,
                money(dueMinor),
                money(shortfall)));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("dueMinor", dueMinor);
    inputs.put("currency", currency);
    inputs.put("payments", snapshot);
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("paidMinor", paidMinor);
    outputs.put("shortfallMinor", shortfall);
    outputs.put("overpaidMinor", Math.max(0, paidMinor - dueMinor));
    return new Decision(TYPE, VERSION, outcome, reasons, inputs, outputs, LEGAL_BASIS);
  }

  static String money(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }
}
