package org.ipflow.processes;

import java.util.Locale;

/** DMN decision tables shipped with the procedure: their resources and decision keys. */
public final class Decisions {

  /** The first fee table (trade marks only), kept so that its decisions can still be replayed. */
  public static final String TRADEMARK_FEES_RESOURCE = "dmn/trademark-fees.dmn";

  public static final String TRADEMARK_FEES_KEY = "trademark-fees";
  public static final String FEE_REDUCTIONS_RESOURCE = "dmn/fee-reductions.dmn";
  public static final String FEE_REDUCTIONS_KEY = "fee-reductions";

  private Decisions() {}

  /** The effective-dated fee table of a right, e.g. {@code dmn/fees-utility-model.dmn}. */
  public static String feesResource(String right) {
    return "dmn/fees-" + slug(right) + ".dmn";
  }

  /** The decision key of a right's fee table, e.g. {@code fees-utility-model}. */
  public static String feesKey(String right) {
    return "fees-" + slug(right);
  }

  private static String slug(String right) {
    return right.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
