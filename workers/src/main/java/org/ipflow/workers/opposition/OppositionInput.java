package org.ipflow.workers.opposition;

import java.time.LocalDate;

/**
 * What the admissibility of an opposition depends on.
 *
 * @param filedOn the day the opposition was received
 * @param periodLastDay the last day of the opposition period (already extended by the office
 *     calendar)
 * @param feeDueMinor the opposition fee
 * @param paidMinor what the opponent paid with it
 * @param earlierRight the earlier right relied on (registration or application number), or {@code
 *     null}
 * @param earlierRightInRegister whether the office's register holds that right in force: {@code
 *     true}, {@code false}, or {@code null} when it is a right of another office (shown by evidence
 *     instead)
 * @param grounds the grounds of opposition as stated
 */
public record OppositionInput(
    LocalDate filedOn,
    LocalDate periodLastDay,
    long feeDueMinor,
    long paidMinor,
    String earlierRight,
    Boolean earlierRightInRegister,
    String grounds) {}
