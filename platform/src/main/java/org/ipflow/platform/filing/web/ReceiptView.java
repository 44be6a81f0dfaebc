package org.ipflow.platform.filing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ipflow.platform.filing.FilingReceipt;

/** The answer to a filing: its id, its ST.13 application number and its filing date. */
record ReceiptView(
    UUID id,
    String applicationNumber,
    String officeCode,
    LocalDate filingDate,
    Instant receivedAt,
    String status) {

  static ReceiptView of(FilingReceipt receipt) {
    return new ReceiptView(
        receipt.id(),
        receipt.applicationNumber().value(),
        receipt.applicationNumber().officeCode(),
        receipt.filingDate(),
        receipt.receivedAt(),
        receipt.status().name());
  }
}
