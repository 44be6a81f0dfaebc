package org.ipflow.platform.filing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

/** Publishes a test's deficient filing once its own procedure has stopped moving. */
final class Publication {

  private Publication() {}

  /**
   * Waits until the filing's procedure waits for the answer to its deficiency notice, then
   * publishes it: published before that, the procedure's next status could replace PUBLISHED.
   */
  static void publishWhenTheProcedureWaits(FilingService filings, UUID id) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> filings.get(id).status() == FilingStatus.AWAITING_DEFICIENCY_RESPONSE);
    filings.publish(id, "Application", FilingStatus.PUBLISHED, "test");
  }
}
