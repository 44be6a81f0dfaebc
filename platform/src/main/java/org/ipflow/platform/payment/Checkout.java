package org.ipflow.platform.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment the platform asked a provider to collect.
 *
 * @param subject what is paid for (a filing's id)
 * @param payer the account that started the checkout
 * @param returnPath the platform's page the payer's browser returns to
 * @param completedAt when the provider confirmed it, or {@code null}
 */
public record Checkout(
    UUID id,
    UUID subject,
    String payer,
    BigDecimal amount,
    String currency,
    String description,
    String provider,
    String returnPath,
    Instant createdAt,
    Instant completedAt) {}
