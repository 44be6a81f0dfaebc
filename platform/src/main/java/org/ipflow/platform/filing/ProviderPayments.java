package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.util.UUID;
import org.ipflow.platform.payment.PaymentRecorder;
import org.springframework.stereotype.Component;

/**
 * Payments a payment provider confirmed for a filing, recorded as every payment of a filing is
 * ({@link FilingService#recordPayment}): once per provider reference, and the procedure waiting for
 * payment looks again.
 */
@Component
class ProviderPayments implements PaymentRecorder {

  private final FilingService filings;

  ProviderPayments(FilingService filings) {
    this.filings = filings;
  }

  @Override
  public void record(
      UUID subject, BigDecimal amount, String currency, String reference, String provider) {
    filings.recordPayment(
        subject, new NewPayment(amount, currency, reference, provider), "payment provider");
  }
}
