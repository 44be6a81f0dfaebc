package org.ipflow.platform.filing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.document.SignatureCheck;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.AmountDue;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.Notice;
import org.ipflow.platform.filing.ReceivedPayment;
import org.ipflow.platform.filing.TimelineEntry;
import org.ipflow.workers.decision.Reason;

/**
 * A filing as the API shows it: what was filed, where it stands, the time limits running against
 * the applicant, what it has to pay ({@code amountDue}, while the procedure waits for payment), its
 * payments, documents and timeline.
 */
record FilingView(
    UUID id,
    String applicationNumber,
    String officeCode,
    String ipRight,
    String status,
    LocalDate filingDate,
    Instant receivedAt,
    Filing.Content content,
    Fee fee,
    Filing.Registration registration,
    AmountDue amountDue,
    List<NoticeView> notices,
    List<ReceivedPayment> payments,
    List<Document> documents,
    List<TimelineEntry> timeline) {

  record Fee(BigDecimal amount, String currency) {}

  record NoticeView(
      UUID id,
      String kind,
      String language,
      Instant dispatchedAt,
      LocalDate deemedNotifiedOn,
      LocalDate timeLimitLastDay,
      boolean answered,
      boolean closed,
      String closedReason,
      List<Reason> reasons) {}

  record Document(
      UUID id,
      String kind,
      String origin,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      Instant createdAt,
      String href,
      SignatureCheck signature,
      String validationReportHref) {}

  static FilingView of(
      Filing filing,
      AmountDue amountDue,
      List<StoredDocument> documents,
      List<Notice> notices,
      List<ReceivedPayment> payments,
      List<TimelineEntry> timeline) {
    String base = "/api/v1/filings/" + filing.id() + "/documents/";
    return new FilingView(
        filing.id(),
        filing.applicationNumber().value(),
        filing.applicationNumber().officeCode(),
        filing.ipRight().name(),
        filing.status().name(),
        filing.filingDate(),
        filing.receivedAt(),
        filing.content(),
        filing.fee() == null ? null : new Fee(filing.fee().amount(), filing.fee().currency()),
        filing.registration(),
        amountDue,
        notices.stream()
            .map(
                n ->
                    new NoticeView(
                        n.id(),
                        n.kind(),
                        n.language(),
                        n.dispatchedAt(),
                        n.deemedNotifiedOn(),
                        n.timeLimitLastDay(),
                        n.answeredAt() != null,
                        n.closedAt() != null,
                        n.closedReason(),
                        n.reasons()))
            .toList(),
        payments,
        documents.stream()
            .map(
                d ->
                    new Document(
                        d.id(),
                        d.kind().name(),
                        d.origin().name(),
                        d.fileName(),
                        d.mediaType(),
                        d.size(),
                        d.sha256(),
                        d.createdAt(),
                        base + d.id(),
                        d.signature(),
                        d.signature() == null || !d.signature().signed()
                            ? null
                            : base + d.id() + "/validation-report"))
            .toList(),
        timeline);
  }
}
