package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the office asks the applicant to pay while the procedure waits for payment: the shortfall
 * the latest payment check found, and the last day of the request's time limit.
 */
public record AmountDue(BigDecimal amount, String currency, LocalDate lastDay) {}
