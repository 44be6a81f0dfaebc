package org.ipflow.platform.filing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ipflow.platform.filing.FilingReceipt;

/**
 * The answer to a filing: its id, its ST.13 application number, its filing date and where its
 * sealed receipt is downloaded (issued right after this answer: 202 until it is there).
 */
record ReceiptView(
    UUID id,
    String applicationNumber,
    String officeCode,
    LocalDate filingDate,
    Instant receivedAt,
    String status,
    String receipt) {

  static ReceiptView of(FilingReceipt receipt) {
    return new ReceiptView(
        receipt.id(),
        receipt.applicationNumber().value(),
        receipt.applicationNumber().officeCode(),
        receipt.filingDate(),
        receipt.receivedAt(),
        receipt.status().name(),
        "/api/v1/filings/" + receipt.id() + "/receipt");
  }
}
