package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment recorded for a filing. */
public record ReceivedPayment(
    BigDecimal amount, String currency, String reference, String provider, Instant receivedAt) {}
