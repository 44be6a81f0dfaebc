package org.ipflow.platform.payment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment the provider confirms for a checkout.
 *
 * @param reference the provider's unique reference of the payment
 */
public record Confirmation(UUID checkoutId, String reference, BigDecimal amount, String currency) {}
