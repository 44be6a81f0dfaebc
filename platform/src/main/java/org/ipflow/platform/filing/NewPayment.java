package org.ipflow.platform.filing;

import java.math.BigDecimal;

/**
 * A payment reported by the payment provider.
 *
 * @param reference the provider's unique reference: a payment reported twice is recorded once
 */
public record NewPayment(BigDecimal amount, String currency, String reference, String provider) {}
