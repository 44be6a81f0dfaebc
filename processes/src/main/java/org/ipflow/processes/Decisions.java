package org.ipflow.processes;

/** DMN decision tables shipped with the procedure: their resources and decision keys. */
public final class Decisions {

  public static final String TRADEMARK_FEES_RESOURCE = "dmn/trademark-fees.dmn";
  public static final String TRADEMARK_FEES_KEY = "trademark-fees";

  private Decisions() {}
}
