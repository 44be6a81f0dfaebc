package org.ipflow.platform.filing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.TimelineEntry;

/**
 * A filing as the API shows it: what was filed, where it stands, its documents and its timeline.
 */
record FilingView(
    UUID id,
    String applicationNumber,
    String officeCode,
    String ipRight,
    String status,
    LocalDate filingDate,
    Instant receivedAt,
    Filing.Applicant applicant,
    Filing.Mark mark,
    List<Filing.ClassTerms> goodsAndServices,
    Fee fee,
    Filing.Registration registration,
    List<Document> documents,
    List<TimelineEntry> timeline) {

  record Fee(BigDecimal amount, String currency) {}

  record Document(
      UUID id,
      String kind,
      String origin,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      Instant createdAt,
      String href) {}

  static FilingView of(
      Filing filing, List<StoredDocument> documents, List<TimelineEntry> timeline) {
    String base = "/api/v1/filings/" + filing.id() + "/documents/";
    return new FilingView(
        filing.id(),
        filing.applicationNumber().value(),
        filing.applicationNumber().officeCode(),
        filing.ipRight().name(),
        filing.status().name(),
        filing.filingDate(),
        filing.receivedAt(),
        filing.applicant(),
        filing.mark(),
        filing.goodsAndServices(),
        filing.fee() == null ? null : new Fee(filing.fee().amount(), filing.fee().currency()),
        filing.registration(),
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
                        base + d.id()))
            .toList(),
        timeline);
  }
}
