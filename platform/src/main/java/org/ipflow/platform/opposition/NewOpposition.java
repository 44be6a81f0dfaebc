package org.ipflow.platform.opposition;

import java.math.BigDecimal;

/**
 * An opposition as filed.
 *
 * @param earlierRight the earlier right relied on: a registration number of this office, or another
 *     office's right (e.g. {@code EM 018000001})
 */
public record NewOpposition(
    String opponentName,
    String opponentCountry,
    String earlierRight,
    String grounds,
    BigDecimal paidAmount,
    String currency,
    String paymentReference) {}
