package org.ipflow.platform.filing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.formats.FilingDocument;
import org.ipflow.formats.FilingDocument.MarkFeature;
import org.ipflow.formats.FilingDocument.Party;
import org.ipflow.formats.FilingDocument.PartyKind;
import org.ipflow.formats.ProcedureEvent;
import org.ipflow.formats.St96Exception;
import org.ipflow.formats.St96Reader;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.TimelineEntry;
import org.ipflow.workers.filingdate.FilingDateRequirements;

/**
 * The platform's filing as the neutral {@link FilingDocument} the formats module exports. A pure
 * function of the filing's stored state (content, registration, documents, timeline): the same
 * state always gives the same document, byte for byte once written, which is what lets the detached
 * signature of an export be made on request and still match the bytes a client fetched.
 *
 * <p>Values that ST.96 constrains more than the JSON API does are kept only when the schema accepts
 * them (country, language and office codes from the schema's own code lists; characters XML cannot
 * carry are dropped), so that every export validates. Where an ST.96 filing was kept as filed, it
 * supplies what the platform's model does not hold, as long as it still agrees with the current
 * content: claims in text and the abstract, the mark's feature category, design views, structured
 * addresses and the representative's kind.
 *
 * <p>Status history: the timeline's events map to {@link ProcedureEvent}: {@code RECEIVED}; the
 * first {@code filing-date-requirements} decision MET as {@code FILING_DATE_ACCORDED}; {@code
 * PUBLISHED}; {@code OPPOSITION_FILED}; the status {@code REGISTERED} (a patent: {@code GRANTED});
 * {@code REFUSED}; {@code WITHDRAWN}, which the platform only reaches by a time limit or fee left
 * unanswered, as {@code DEEMED_WITHDRAWN}; and {@code NOT_FILED} (no filing date ever accorded),
 * for which ST.27/87/88 as the formats module codes them have no event of their own, also as {@code
 * DEEMED_WITHDRAWN}. Other timeline entries (notices, payments, decisions) are not legal-status
 * events.
 */
final class St96ExportMapper {

  private static final St96Reader READER = new St96Reader(64 * 1024 * 1024, 200);

  private St96ExportMapper() {}

  /**
   * @param filing the filing
   * @param timeline its timeline, oldest first
   * @param documents its documents, oldest first
   * @param content the bytes of a stored document
   * @param dateOf the office's date of an instant
   */
  static FilingDocument toDocument(
      Filing filing,
      List<TimelineEntry> timeline,
      List<StoredDocument> documents,
      Function<StoredDocument, byte[]> content,
      Function<java.time.Instant, LocalDate> dateOf) {
    IpRight right = filing.ipRight();
    Filing.Content c = filing.content();
    FilingDocument asFiled = asFiled(right, documents, content);
    FilingDocument.Builder b =
        FilingDocument.builder(St96FilingController.formats(right))
            .applicationNumber(filing.applicationNumber().value())
            .officeCode(filing.applicationNumber().officeCode())
            .filingDate(filing.filingDate())
            .language(
                St96Codes.isLanguage(c.languageOfProceedings()) ? c.languageOfProceedings() : null);
    Party applicant =
        c.applicant() == null
            ? null
            : party(
                c.applicant().name(),
                PartyKind.valueOf(
                    "NATURAL_PERSON".equals(c.applicant().kind())
                        ? "NATURAL_PERSON"
                        : "LEGAL_ENTITY"),
                c.applicant().address(),
                c.applicant().country(),
                asFiled == null || asFiled.applicants().isEmpty()
                    ? null
                    : asFiled.applicants().get(0));
    if (applicant != null) {
      b.applicant(applicant);
    }
    if (c.representative() != null) {
      Party representative =
          party(
              c.representative().name(),
              PartyKind.LEGAL_ENTITY,
              c.representative().address(),
              c.representative().country(),
              asFiled == null ? null : asFiled.representative());
      b.representative(representative);
    }
    switch (right) {
      case TRADEMARK -> trademark(b, c, documents, asFiled);
      case DESIGN -> designs(b, c, documents, asFiled);
      case PATENT, UTILITY_MODEL -> invention(b, c, asFiled);
    }
    for (Filing.PriorityClaim p : c.priorityClaims()) {
      if (p.date() != null && St96Codes.isOffice(p.office())) {
        b.priority(new FilingDocument.Priority(p.office(), text(p.applicationNumber()), p.date()));
      }
    }
    Set<LocalDate> published = new LinkedHashSet<>();
    boolean accorded = false;
    for (TimelineEntry entry : timeline) {
      ProcedureEvent event = event(right, entry);
      if (event == ProcedureEvent.FILING_DATE_ACCORDED) {
        if (accorded) {
          continue;
        }
        accorded = true;
      }
      if (event != null) {
        LocalDate date = dateOf.apply(entry.at());
        b.event(event, date);
        if (event == ProcedureEvent.PUBLISHED) {
          published.add(date);
        }
      }
    }
    published.forEach(b::publicationDate);
    Filing.Registration registration = filing.registration();
    if (registration != null) {
      b.registrationNumber(text(registration.number()))
          .registrationDate(registration.date())
          .expiryDate(registration.expiryDate());
    }
    return b.build();
  }

  /** The procedure event a timeline entry records, or null. */
  static ProcedureEvent event(IpRight right, TimelineEntry entry) {
    if ("DECISION".equals(entry.type())) {
      return FilingDateRequirements.TYPE.equals(entry.name())
              && FilingDateRequirements.MET.equals(entry.outcome())
          ? ProcedureEvent.FILING_DATE_ACCORDED
          : null;
    }
    if (entry.name() == null) {
      return null;
    }
    return switch (entry.name()) {
      case "RECEIVED" -> ProcedureEvent.RECEIVED;
      case "PUBLISHED" -> ProcedureEvent.PUBLISHED;
      case "OPPOSITION_FILED" -> ProcedureEvent.OPPOSITION_FILED;
      case "STATUS" -> statusEvent(right, entry.status());
      default -> null;
    };
  }

  private static ProcedureEvent statusEvent(IpRight right, FilingStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case REGISTERED ->
          right == IpRight.PATENT ? ProcedureEvent.GRANTED : ProcedureEvent.REGISTERED;
      case REFUSED -> ProcedureEvent.REFUSED;
      case WITHDRAWN, NOT_FILED -> ProcedureEvent.DEEMED_WITHDRAWN;
      default -> null;
    };
  }

  private static void trademark(
      FilingDocument.Builder b,
      Filing.Content c,
      List<StoredDocument> documents,
      FilingDocument asFiled) {
    String word = text(c.mark() == null ? null : c.mark().text());
    if (word != null && word.isBlank()) {
      word = null;
    }
    StoredDocument image = latest(documents, DocumentKind.MARK_REPRESENTATION);
    String imageName = image == null ? null : text(image.fileName());
    if (word != null || imageName != null) {
      MarkFeature feature;
      FilingDocument.Mark filed = asFiled == null ? null : asFiled.mark();
      if (filed != null
          && Objects.equals(filed.wordElement(), word)
          && (filed.imageFileName() != null) == (imageName != null)) {
        feature = filed.feature();
      } else if (word != null && imageName != null) {
        feature = MarkFeature.COMBINED;
      } else {
        feature = word != null ? MarkFeature.WORD : MarkFeature.FIGURATIVE;
      }
      b.mark(new FilingDocument.Mark(word, feature, imageName));
    }
    for (Filing.ClassTerms terms : c.goodsAndServices()) {
      b.goodsServices(
          new FilingDocument.GoodsServices(
              terms.niceClass(),
              text(
                  terms.terms().stream()
                      .filter(Objects::nonNull)
                      .collect(Collectors.joining("; ")))));
    }
  }

  private static void designs(
      FilingDocument.Builder b,
      Filing.Content c,
      List<StoredDocument> documents,
      FilingDocument asFiled) {
    List<String> stored =
        documents.stream()
            .filter(d -> d.kind() == DocumentKind.DESIGN_REPRESENTATION)
            .map(d -> text(d.fileName()))
            .toList();
    List<FilingDocument.Design> filed = asFiled == null ? List.of() : asFiled.designs();
    boolean sameDesigns = filed.size() == c.designs().size();
    for (int i = 0; sameDesigns && i < filed.size(); i++) {
      Filing.Design d = c.designs().get(i);
      sameDesigns =
          Objects.equals(filed.get(i).productIndication(), d.productIndication())
              && Objects.equals(filed.get(i).locarnoClass(), d.locarnoClass());
    }
    for (int i = 0; i < c.designs().size(); i++) {
      Filing.Design d = c.designs().get(i);
      List<String> views;
      if (sameDesigns) {
        views = filed.get(i).views().stream().filter(stored::contains).toList();
      } else if (c.designs().size() == 1) {
        views = stored;
      } else {
        views = List.of(); // which design a view shows is not recorded
      }
      b.design(
          new FilingDocument.Design(
              orEmpty(text(d.productIndication())), orEmpty(text(d.locarnoClass())), views));
    }
  }

  private static void invention(
      FilingDocument.Builder b, Filing.Content c, FilingDocument asFiled) {
    Filing.Invention i = c.invention();
    if (i == null) {
      return;
    }
    String title = orEmpty(text(i.title()));
    List<String> description = paragraphs(i.description());
    List<String> claims = List.of();
    String abstractText = null;
    FilingDocument.Invention filed = asFiled == null ? null : asFiled.invention();
    if (filed != null && Objects.equals(text(filed.title()), title)) {
      if (filed.claims().size() == i.claimsCount()) {
        claims = filed.claims().stream().map(St96ExportMapper::text).toList();
      }
      abstractText = text(filed.abstractText());
      if (description.isEmpty()) {
        description = filed.description().stream().map(St96ExportMapper::text).toList();
      }
    }
    b.invention(
        new FilingDocument.Invention(
            title,
            abstractText,
            description,
            claims,
            i.claimsCount(),
            i.ipcSymbols().stream().map(St96ExportMapper::text).filter(Objects::nonNull).toList()));
  }

  /** Paragraphs separated by blank lines (how an XML filing's description is held in text). */
  private static List<String> paragraphs(String description) {
    String cleaned = text(description);
    if (cleaned == null || cleaned.isBlank()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String p : cleaned.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        result.add(p.strip());
      }
    }
    return result;
  }

  /**
   * A party; the one filed in ST.96 (with its structured address and kind) where it is still the
   * same party.
   */
  private static Party party(
      String name, PartyKind kind, String address, String country, Party filed) {
    String cleanName = text(name);
    if (cleanName == null || cleanName.isBlank()) {
      return null;
    }
    if (filed != null
        && Objects.equals(filed.name(), name)
        && Objects.equals(filed.countryCode(), country)
        && Objects.equals(St96FilingMapper.address(filed), address)
        && St96Codes.isCountry(filed.countryCode())) {
      return new Party(
          cleanName,
          filed.kind(),
          filed.addressLines().stream().map(St96ExportMapper::text).toList(),
          text(filed.city()),
          text(filed.postalCode()),
          filed.countryCode());
    }
    String cleanAddress = text(address);
    return new Party(
        cleanName,
        kind,
        cleanAddress == null || cleanAddress.isBlank() ? List.of() : List.of(cleanAddress),
        null,
        null,
        St96Codes.isCountry(country) ? country : null);
  }

  /** The ST.96 filing as the applicant sent it, where it was kept; null otherwise. */
  private static FilingDocument asFiled(
      IpRight right, List<StoredDocument> documents, Function<StoredDocument, byte[]> content) {
    Map<String, StoredDocument> filed =
        documents.stream()
            .filter(d -> St96FilingMapper.XML.equals(d.mediaType()))
            .collect(Collectors.toMap(StoredDocument::fileName, d -> d, (x, y) -> x));
    try {
      return switch (right) {
        case TRADEMARK -> read(right, filed.get("TrademarkApplication.xml"), content);
        case DESIGN -> read(right, filed.get("DesignApplication.xml"), content);
        case PATENT, UTILITY_MODEL -> {
          StoredDocument bib = filed.get("BibliographicData.xml");
          StoredDocument body = filed.get("ApplicationBody.xml");
          yield bib == null || body == null
              ? null
              : READER.read(
                  St96FilingController.formats(right), content.apply(bib), content.apply(body));
        }
      };
    } catch (St96Exception | IllegalArgumentException | NullPointerException e) {
      return null; // the export then rests on the platform's model alone
    }
  }

  private static FilingDocument read(
      IpRight right, StoredDocument document, Function<StoredDocument, byte[]> content) {
    return document == null
        ? null
        : READER.read(St96FilingController.formats(right), content.apply(document));
  }

  private static StoredDocument latest(List<StoredDocument> documents, DocumentKind kind) {
    StoredDocument latest = null;
    for (StoredDocument d : documents) {
      if (d.kind() == kind) {
        latest = d;
      }
    }
    return latest;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The text without the characters XML 1.0 cannot carry. */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean allowed =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(s.length());
        out.append(s, 0, i);
      } else if (allowed && out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }
}
