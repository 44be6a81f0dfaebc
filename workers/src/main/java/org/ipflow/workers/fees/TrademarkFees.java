package org.ipflow.workers.fees;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.processes.Decisions;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Computes the application fee from the effective-dated DMN fee schedule: the base fee covers the
 * first class(es), each further class costs the per-class fee. The table says what the amounts are;
 * this class only adds them up and explains the sum.
 */
public final class TrademarkFees {

  public static final String TYPE = "trademark-fee";
  public static final String CALCULATED = "CALCULATED";
  static final String LEGAL_BASIS =
      "Office fee schedule for trade marks (decision table trademark-fees)";

  private final FeeSchedule schedule;
  private final String version;

  public TrademarkFees() {
    byte[] model = readResource(Decisions.TRADEMARK_FEES_RESOURCE);
    this.schedule = new DmnFeeSchedule(model, Decisions.TRADEMARK_FEES_KEY);
    // The version names the table's own tag and the exact bytes evaluated, so a silent edit shows.
    this.version = schedule.versionTag() + "+sha256:" + sha256(model).substring(0, 12);
  }

  public String version() {
    return version;
  }

  public Decision decide(FeeInput input) {
    FeeSchedule.Entry entry = schedule.lookup(input.ipRight(), input.filingDate());
    int extraClasses = Math.max(0, input.classCount() - entry.unitsIncluded());
    long totalMinor = entry.baseFeeMinor() + extraClasses * entry.extraUnitFeeMinor();

    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("ipRight", input.ipRight());
    inputs.put("filingDate", input.filingDate().toString());
    inputs.put("classCount", input.classCount());
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("amount", money(totalMinor).toPlainString());
    outputs.put("amountMinor", totalMinor);
    outputs.put("currency", entry.currency());

    List<Reason> reasons =
        List.of(
            Reason.of(
                "FEE-BASE",
                "Base fee "
                    + money(entry.baseFeeMinor()).toPlainString()
                    + " "
                    + entry.currency()
                    + ", covering "
                    + entry.unitsIncluded()
                    + " class(es), schedule in force on "
                    + input.filingDate()
                    + ".",
                money(entry.baseFeeMinor()).toPlainString(),
                entry.currency(),
                entry.unitsIncluded(),
                input.filingDate()),
            Reason.of(
                "FEE-CLASSES",
                extraClasses
                    + " further class(es) at "
                    + money(entry.extraUnitFeeMinor()).toPlainString()
                    + " "
                    + entry.currency()
                    + " each; total "
                    + money(totalMinor).toPlainString()
                    + " "
                    + entry.currency()
                    + ".",
                extraClasses,
                money(entry.extraUnitFeeMinor()).toPlainString(),
                entry.currency(),
                money(totalMinor).toPlainString()));
    return new Decision(TYPE, version, CALCULATED, reasons, inputs, outputs, LEGAL_BASIS);
  }

  private static BigDecimal money(long minor) {
    return BigDecimal.valueOf(minor, 2);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = TrademarkFees.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("decision table " + name + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
