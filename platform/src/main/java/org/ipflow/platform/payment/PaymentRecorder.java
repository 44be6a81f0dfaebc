package org.ipflow.platform.payment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Records a confirmed payment where its subject lives (the filing module records it as a payment of
 * the filing). Called in the transaction that completes the checkout: if recording fails, the
 * checkout stays open.
 */
public interface PaymentRecorder {

  void record(UUID subject, BigDecimal amount, String currency, String reference, String provider);
}
