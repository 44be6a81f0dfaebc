package org.ipflow.platform.filing;

import java.util.UUID;

/**
 * A filing was received and stored; published in the transaction that stored it, with the filing as
 * stored, so that listeners need not read it back.
 */
public record FilingReceived(Filing filing) {

  public UUID filingId() {
    return filing.id();
  }
}
