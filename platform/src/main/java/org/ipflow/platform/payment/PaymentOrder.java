package org.ipflow.platform.payment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a module asks to be paid.
 *
 * @param subject what is paid for (a filing's id)
 * @param payer the account that pays
 * @param returnPath the platform's page (a path such as {@code /portal/filings/…}) the payer's
 *     browser returns to
 */
public record PaymentOrder(
    UUID subject,
    String payer,
    BigDecimal amount,
    String currency,
    String description,
    String returnPath) {}
