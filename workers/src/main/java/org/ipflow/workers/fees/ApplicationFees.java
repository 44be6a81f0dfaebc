package org.ipflow.workers.fees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.processes.Decisions;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * The fee of an application of any right, from the right's effective-dated DMN schedule and the
 * reduction table: base fee for the first unit(s), a fee per further class / design / claim, then
 * the reduction for natural persons or SMEs. The tables say what the amounts are; this class adds
 * them up and explains.
 */
public final class ApplicationFees {

  public static final String TYPE = "application-fee";
  public static final String CALCULATED = "CALCULATED";
  static final String LEGAL_BASIS =
      "Office fee schedule (decision tables fees-<right> and fee-reductions)";
  private static final String[] RIGHTS = {"TRADEMARK", "DESIGN", "PATENT", "UTILITY_MODEL"};

  private final Map<String, FeeSchedule> schedules = new LinkedHashMap<>();
  private final DmnFeeReductions reductions;
  private final String version;

  public ApplicationFees() {
    MessageDigest digest = sha256();
    StringBuilder tags = new StringBuilder();
    for (String right : RIGHTS) {
      byte[] model = readResource(Decisions.feesResource(right));
      digest.update(model);
      FeeSchedule schedule = new DmnFeeSchedule(model, Decisions.feesKey(right));
      schedules.put(right, schedule);
      tags.append(tags.isEmpty() ? "" : "/").append(schedule.versionTag());
    }
    byte[] reductionModel = readResource(Decisions.FEE_REDUCTIONS_RESOURCE);
    digest.update(reductionModel);
    reductions = new DmnFeeReductions(reductionModel, Decisions.FEE_REDUCTIONS_KEY);
    // Names the tables' own tags and the exact bytes evaluated, so a silent edit shows in the
    // ledger.
    version =
        "fees:"
            + reductions.versionTag()
            + "+sha256:"
            + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
  }

  public String version() {
    return version;
  }

  public Decision decide(ApplicationFeeInput input) {
    FeeSchedule schedule = schedules.get(input.ipRight());
    if (schedule == null) {
      throw new NoFeeScheduleException(input.ipRight(), input.filingDate());
    }
    FeeSchedule.Entry entry = schedule.lookup(input.ipRight(), input.filingDate());
    int percent =
        reductions.percent(input.ipRight(), input.applicantCategory(), input.filingDate());
    int extraUnits = Math.max(0, input.units() - entry.unitsIncluded());
    long grossMinor = entry.baseFeeMinor() + extraUnits * entry.extraUnitFeeMinor();
    long reductionMinor =
        BigDecimal.valueOf(grossMinor)
            .multiply(BigDecimal.valueOf(percent))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
            .longValueExact();
    long totalMinor = grossMinor - reductionMinor;
    String currency = entry.currency();
    String unit = unitName(input.ipRight());

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("ipRight", input.ipRight());
    inputs.put("filingDate", input.filingDate().toString());
    inputs.put("applicantCategory", input.applicantCategory());
    inputs.put("units", input.units());
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("amount", money(totalMinor).toPlainString());
    outputs.put("amountMinor", totalMinor);
    outputs.put("currency", currency);
    outputs.put("baseFeeMinor", entry.baseFeeMinor());
    outputs.put("unitsIncluded", entry.unitsIncluded());
    outputs.put("extraUnitFeeMinor", entry.extraUnitFeeMinor());
    outputs.put("reductionPercent", percent);

    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            "FEE-BASE",
            "Base fee "
                + money(entry.baseFeeMinor()).toPlainString()
                + " "
                + currency
                + ", covering "
                + entry.unitsIncluded()
                + " "
                + unit
                + ", schedule in force on "
                + input.filingDate()
                + ".",
            money(entry.baseFeeMinor()).toPlainString(),
            currency,
            entry.unitsIncluded(),
            input.filingDate()));
    reasons.add(
        Reason.of(
            "FEE-UNITS",
            extraUnits
                + " further "
                + unit
                + " at "
                + money(entry.extraUnitFeeMinor()).toPlainString()
                + " "
                + currency
                + " each.",
            extraUnits,
            money(entry.extraUnitFeeMinor()).toPlainString(),
            currency));
    if (percent > 0) {
      reasons.add(
          Reason.of(
              "FEE-REDUCTION",
              percent
                  + " % reduction for "
                  + input.applicantCategory()
                  + ": -"
                  + money(reductionMinor).toPlainString()
                  + " "
                  + currency
                  + ".",
              percent,
              "~category." + input.applicantCategory(),
              money(reductionMinor).toPlainString(),
              currency));
    }
    reasons.add(
        Reason.of(
            "FEE-TOTAL",
            "Fee due: " + money(totalMinor).toPlainString() + " " + currency + ".",
            money(totalMinor).toPlainString(),
            currency));
    return new Decision(TYPE, version, CALCULATED, reasons, inputs, outputs, LEGAL_BASIS);
  }

  private static String unitName(String right) {
    return switch (right) {
      case "TRADEMARK" -> "class(es)";
      case "DESIGN" -> "design(s)";
      default -> "claim(s)";
    };
  }

  static BigDecimal money(long minor) {
    return BigDecimal.valueOf(minor, 2);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = ApplicationFees.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("decision table " + name + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
