package org.ipflow.platform.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What anyone may read without an account: published filings, their published data and the
 * documents published with them. Nothing of a filing before its publication; internal notes,
 * notices, receipts and supporting documents never; personal data the office marks as confidential
 * withheld.
 */
@Service
public class PublicRegister {

  /** The documents a publication makes public; everything else stays closed. */
  static final Set<DocumentKind> PUBLISHED_KINDS =
      Set.of(
          DocumentKind.MARK_REPRESENTATION,
          DocumentKind.DESIGN_REPRESENTATION,
          DocumentKind.DESCRIPTION,
          DocumentKind.REGISTRATION_CERTIFICATE);

  private final FilingRepository filings;
  private final DocumentStore documents;
  private final Settings settings;

  PublicRegister(FilingRepository filings, DocumentStore documents, Settings settings) {
    this.filings = filings;
    this.documents = documents;
    this.settings = settings;
  }

  /**
   * Personal data withheld from the public register: any of {@code applicant.email}, {@code
   * applicant.address} (all applicants), {@code natural-person.address} (applicants who are natural
   * persons), {@code representative.email}, {@code representative.address}.
   */
  @ConfigurationProperties("ipflow.register")
  public record Settings(Set<String> confidentialFields) {
    public Settings {
      confidentialFields = confidentialFields == null ? Set.of() : Set.copyOf(confidentialFields);
    }
  }

  /** One published filing as the register shows it. */
  public record Entry(
      String applicationNumber,
      IpRight ipRight,
      FilingStatus status,
      LocalDate filingDate,
      Instant publishedAt,
      Filing.Applicant owner,
      Filing.Party representative,
      Filing.Mark mark,
      List<Filing.ClassTerms> goodsAndServices,
      List<Filing.Design> designs,
      String inventionTitle,
      List<Filing.PriorityClaim> priorityClaims,
      Filing.Registration registration,
      List<PublishedDocument> documents) {}

  public record PublishedDocument(
      String id, DocumentKind kind, String fileName, String mediaType, long size, String sha256) {}

  public List<Entry> search(
      String number,
      String text,
      String owner,
      Integer niceClass,
      FilingStatus status,
      int offset,
      int limit) {
    return filings
        .searchPublished(
            number, text, owner, niceClass, status == null ? null : status.name(), offset, limit)
        .stream()
        .map(this::entry)
        .toList();
  }

  public Optional<Entry> find(String applicationNumber) {
    return published(applicationNumber).map(this::entry);
  }

  /** A published document of a published filing; anything else does not exist for the public. */
  public Optional<StoredDocument> document(String applicationNumber, java.util.UUID documentId) {
    return published(applicationNumber)
        .flatMap(f -> documents.find(f.id(), documentId))
        .filter(d -> PUBLISHED_KINDS.contains(d.kind()));
  }

  private Optional<Filing> published(String applicationNumber) {
    return filings
        .findByApplicationNumber(applicationNumber)
        .filter(f -> filings.publishedAt(f.id()).isPresent());
  }

  private Entry entry(Filing filing) {
    Filing.Content content = filing.content();
    Filing.Applicant applicant = content.applicant();
    Filing.Applicant owner =
        applicant == null
            ? null
            : new Filing.Applicant(
                applicant.name(),
                applicant.country(),
                withheldAddress(applicant) ? null : applicant.address(),
                withheld("applicant.email") ? null : applicant.email(),
                applicant.kind(),
                applicant.sme(),
                applicant.globalId());
    Filing.Party representative = content.representative();
    Filing.Party shownRepresentative =
        representative == null
            ? null
            : new Filing.Party(
                representative.name(),
                representative.country(),
                withheld("representative.address") ? null : representative.address(),
                withheld("representative.email") ? null : representative.email(),
                representative.globalId());
    return new Entry(
        filing.applicationNumber().value(),
        filing.ipRight(),
        filing.status(),
        filing.filingDate(),
        filings.publishedAt(filing.id()).orElse(null),
        owner,
        shownRepresentative,
        content.mark(),
        content.goodsAndServices(),
        content.designs(),
        content.invention() == null ? null : content.invention().title(),
        content.priorityClaims(),
        filing.registration(),
        documents.forFiling(filing.id()).stream()
            .filter(d -> PUBLISHED_KINDS.contains(d.kind()))
            .map(
                d ->
                    new PublishedDocument(
                        d.id().toString(),
                        d.kind(),
                        d.fileName(),
                        d.mediaType(),
                        d.size(),
                        d.sha256()))
            .toList());
  }

  private boolean withheldAddress(Filing.Applicant applicant) {
    return withheld("applicant.address")
        || (withheld("natural-person.address") && "NATURAL_PERSON".equals(applicant.kind()));
  }

  private boolean withheld(String field) {
    return settings.confidentialFields().contains(field);
  }
}
