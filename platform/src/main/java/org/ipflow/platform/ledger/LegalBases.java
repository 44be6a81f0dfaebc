package org.ipflow.platform.ledger;

import java.util.Optional;

/**
 * The legal basis a ledger row states for an automated decision: the provision the decision applies
 * (from the rules that made it), followed by the basis on which the office lets a machine take it
 * (from configuration), or by the statement that an officer confirms it instead.
 */
public final class LegalBases {

  private static final String AUTOMATED_UNDER = " — automated under: ";
  private static final String CONFIRMED_BY_OFFICER =
      " — no legal basis for automating it is configured: an officer confirms it";

  private LegalBases() {}

  public static String recorded(String provision, Optional<String> automationBasis) {
    return provision + automationBasis.map(b -> AUTOMATED_UNDER + b).orElse(CONFIRMED_BY_OFFICER);
  }

  /** The provision alone, as the rules that made the decision state it. */
  public static String provisionOf(String recorded) {
    int automated = recorded.lastIndexOf(AUTOMATED_UNDER);
    if (automated >= 0) {
      return recorded.substring(0, automated);
    }
    return recorded.endsWith(CONFIRMED_BY_OFFICER)
        ? recorded.substring(0, recorded.length() - CONFIRMED_BY_OFFICER.length())
        : recorded;
  }
}
