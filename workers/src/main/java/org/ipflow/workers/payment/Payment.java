package org.ipflow.workers.payment;

import java.time.LocalDate;

/** A payment received for an application, as the payment provider reported it. */
public record Payment(long amountMinor, String currency, String reference, LocalDate receivedOn) {}
