package org.ipflow.platform.filing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.formats.FilingDocument;
import org.ipflow.formats.LegalStatus;
import org.ipflow.formats.ProcedureEvent;
import org.ipflow.formats.St96Reader;
import org.ipflow.formats.St96Writer;
import org.ipflow.formats.St97Json;
import org.ipflow.formats.StatusEvent;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.ApplicationNumber;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mappings between ST.96 and the platform's model, without a server. */
class St96MappingTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
  private static final St96Writer WRITER = new St96Writer();
  private static final St96Reader READER = new St96Reader();
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @Test
  void trademarkXmlBecomesTheSameFilingAsItsJsonWouldAndKeepsTheDocumentAsFiled() {
    byte[] xml = resource("trademark-application.xml");
    NewFiling filing =
        St96FilingMapper.toNewFiling(
            IpRight.TRADEMARK,
            READER.read(org.ipflow.formats.IpRight.TRADEMARK, xml),
            List.of(new St96FilingMapper.FiledXml("TrademarkApplication", xml)),
            List.of(),
            TODAY);

    Filing.Content content = filing.content();
    assertThat(content.languageOfProceedings()).isEqualTo("en");
    assertThat(content.applicant().name()).isEqualTo("Heron Software GmbH");
    assertThat(content.applicant().kind()).isEqualTo("LEGAL_ENTITY");
    assertThat(content.applicant().country()).isEqualTo("DE");
    assertThat(content.applicant().address()).isEqualTo("Seestraße 12, 10115 Berlin");
    assertThat(content.representative().name()).isEqualTo("Anna Schmidt");
    assertThat(content.mark().text()).isEqualTo("BLUE HERON");
    assertThat(content.goodsAndServices())
        .containsExactly(
            new Filing.ClassTerms(
                9, List.of("Computer software", "downloadable mobile applications")),
            new Filing.ClassTerms(42, List.of("Software as a service")));
    assertThat(content.priorityClaims())
        .containsExactly(new Filing.PriorityClaim("US", "97/123456", LocalDate.of(2025, 11, 14)));
    assertThat(filing.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.fileName()).isEqualTo("TrademarkApplication.xml");
              assertThat(d.mediaType()).isEqualTo("application/xml");
              assertThat(d.kind()).isEqualTo(DocumentKind.SUPPORTING_DOCUMENT);
            });
  }

  @Test
  void patentKeepsTheCallersRightAndItsClaimsTravelToTheExport() {
    byte[] bib = resource("bibliographic-data.xml");
    byte[] body = resource("application-body.xml");
    for (IpRight right : List.of(IpRight.PATENT, IpRight.UTILITY_MODEL)) {
      NewFiling filing =
          St96FilingMapper.toNewFiling(
              right,
              READER.read(St96FilingController.formats(right), bib, body),
              List.of(
                  new St96FilingMapper.FiledXml("BibliographicData", bib),
                  new St96FilingMapper.FiledXml("ApplicationBody", body)),
              List.of(),
              TODAY);
      assertThat(filing.ipRight()).isEqualTo(right);
      Filing.Invention invention = filing.content().invention();
      assertThat(invention.title()).isEqualTo("Coffee machine with a milk frother");
      assertThat(invention.claimsCount()).isEqualTo(2);
      assertThat(invention.description()).contains("coffee machines").contains("froths milk");
      assertThat(invention.ipcSymbols()).containsExactly("A47J 31/44", "A47J 31/52");
      assertThat(filing.documents())
          .extracting(NewDocument::kind)
          .containsExactly(DocumentKind.SUPPORTING_DOCUMENT, DocumentKind.DESCRIPTION);

      Filing stored = filing(right, filing.content(), null);
      FilingDocument export =
          St96ExportMapper.toDocument(
              stored, timeline(), storedDocuments(filing.documents()), this::content, this::date);
      byte[] xml = WRITER.write(export);
      WRITER.validate(xml);
      String text = new String(xml, StandardCharsets.UTF_8);
      assertThat(text)
          .contains("pat:PatentPublication")
          .contains("A coffee machine comprising a steam wand.")
          .contains("A coffee machine with a steam wand that froths milk.")
          .contains("Kaffee Technik AG")
          .contains("<com:CityName>Zürich</com:CityName>")
          .doesNotContain("Utility<");
    }
  }

  private final Map<UUID, byte[]> contents = new java.util.HashMap<>();

  private List<StoredDocument> storedDocuments(List<NewDocument> documents) {
    List<StoredDocument> stored = new ArrayList<>();
    Instant at = Instant.parse("2026-06-01T08:00:00Z");
    for (NewDocument d : documents) {
      UUID id = UUID.randomUUID();
      contents.put(id, d.content());
      stored.add(
          new StoredDocument(
              id,
              UUID.randomUUID(),
              d.kind(),
              d.kind().origin(),
              d.fileName(),
              d.mediaType(),
              d.content().length,
              "x",
              at));
    }
    return stored;
  }

  private byte[] content(StoredDocument d) {
    return contents.get(d.id());
  }

  private LocalDate date(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  @ParameterizedTest
  @EnumSource(IpRight.class)
  void everyExportValidatesEvenWithContentTheSchemaConstrainsMoreThanTheJsonApi(IpRight right) {
    Filing.Content messy =
        new Filing.Content(
            "xx",
            new Filing.Applicant(
                "Acme \u0001Corp", "XQ", "Main St 1\u0007", "a@b.c", "LEGAL_ENTITY", true),
            new Filing.Party("Rep \uD800Firm", null, null, null),
            right == IpRight.TRADEMARK ? new Filing.Mark("ACME\u0000") : null,
            right == IpRight.TRADEMARK
                ? List.of(new Filing.ClassTerms(9, List.of("Software", "Apps")))
                : List.of(),
            right == IpRight.DESIGN
                ? List.of(new Filing.Design("Chair", "06-01"), new Filing.Design("Lamp", "odd"))
                : List.of(),
            right == IpRight.PATENT || right == IpRight.UTILITY_MODEL
                ? new Filing.Invention("Widget", "First.\n\nSecond.", 3, null, List.of("A01B 1/00"))
                : null,
            List.of(
                new Filing.PriorityClaim("QQ", "1", LocalDate.of(2026, 1, 1)),
                new Filing.PriorityClaim("FR", "2", LocalDate.of(2026, 1, 2))),
            0);
    Filing filing =
        filing(
            right,
            messy,
            new Filing.Registration(
                "00000042", LocalDate.of(2026, 9, 1), LocalDate.of(2036, 6, 1)));

    FilingDocument document =
        St96ExportMapper.toDocument(filing, timeline(), List.of(), this::content, this::date);
    byte[] xml = WRITER.write(document);

    WRITER.validate(xml);
    assertThat(
            WRITER.write(
                St96ExportMapper.toDocument(
                    filing, timeline(), List.of(), this::content, this::date)))
        .as("deterministic")
        .isEqualTo(xml);
    assertThat(St97Json.toJson(document)).contains("Acme Corp");
    assertThat(LegalStatus.toJson(document)).isNotBlank();
    if (right == IpRight.PATENT || right == IpRight.UTILITY_MODEL) {
      WRITER.validate(LegalStatus.toSt96Xml(document).orElseThrow());
    }
    assertThat(document.history())
        .extracting(StatusEvent::event)
        .containsExactly(
            ProcedureEvent.RECEIVED,
            ProcedureEvent.FILING_DATE_ACCORDED,
            ProcedureEvent.PUBLISHED,
            ProcedureEvent.OPPOSITION_FILED,
            right == IpRight.PATENT ? ProcedureEvent.GRANTED : ProcedureEvent.REGISTERED);
    assertThat(document.publicationDates()).containsExactly(LocalDate.of(2026, 7, 1));
  }

  @Test
  void statusesThatEndAnApplicationAreCodedAsSuch() {
    assertThat(event(FilingStatus.REFUSED)).isEqualTo(ProcedureEvent.REFUSED);
    assertThat(event(FilingStatus.WITHDRAWN)).isEqualTo(ProcedureEvent.DEEMED_WITHDRAWN);
    assertThat(event(FilingStatus.NOT_FILED)).isEqualTo(ProcedureEvent.DEEMED_WITHDRAWN);
    assertThat(event(FilingStatus.UNDER_EXAMINATION)).isNull();
  }

  @Test
  void severalApplicantsAreRefusedRatherThanCutToTheFirst() {
    FilingDocument two =
        READER
            .read(org.ipflow.formats.IpRight.TRADEMARK, resource("trademark-application.xml"))
            .toBuilder()
            .applicant(
                new FilingDocument.Party(
                    "Second Owner",
                    FilingDocument.PartyKind.NATURAL_PERSON,
                    null,
                    null,
                    null,
                    "CH"))
            .build();
    assertThatThrownBy(
            () ->
                St96FilingMapper.toNewFiling(
                    IpRight.TRADEMARK,
                    two,
                    List.of(new St96FilingMapper.FiledXml("TrademarkApplication", new byte[1])),
                    List.of(),
                    TODAY))
        .isInstanceOfSatisfying(
            InvalidSt96Exception.class,
            e -> assertThat(e.errors().get(0).message()).contains("one applicant"));
  }

  @Test
  void xmlIsPreferredOnlyWhenAskedForBeforeJson() {
    assertThat(ExportController.prefersXml(null)).isFalse();
    assertThat(ExportController.prefersXml("*/*")).isFalse();
    assertThat(ExportController.prefersXml("application/xml")).isTrue();
    assertThat(ExportController.prefersXml("application/json, application/xml")).isFalse();
    assertThat(ExportController.prefersXml("application/json;q=0.5, application/xml")).isTrue();
    assertThat(ExportController.prefersXml("text/xml")).isTrue();
  }

  private static ProcedureEvent event(FilingStatus status) {
    return St96ExportMapper.event(
        IpRight.TRADEMARK,
        new TimelineEntry(Instant.now(), "EVENT", "STATUS", status, null, List.of(), "", "x"));
  }

  private static List<TimelineEntry> timeline() {
    return List.of(
        entry("2026-06-01T08:00:00Z", "EVENT", "RECEIVED", FilingStatus.RECEIVED, null),
        entry("2026-06-01T08:01:00Z", "DECISION", "filing-date-requirements", null, "MET"),
        entry("2026-06-01T08:02:00Z", "EVENT", "PAYMENT_RECEIVED", null, null),
        entry("2026-06-02T08:02:00Z", "DECISION", "filing-date-requirements", null, "MET"),
        entry("2026-07-01T08:00:00Z", "EVENT", "PUBLISHED", FilingStatus.PUBLISHED, null),
        entry("2026-07-01T09:00:00Z", "EVENT", "OPPOSITION_PERIOD", null, null),
        entry("2026-08-01T08:00:00Z", "EVENT", "OPPOSITION_FILED", null, null),
        entry("2026-09-01T08:00:00Z", "EVENT", "STATUS", FilingStatus.REGISTERED, null));
  }

  private static TimelineEntry entry(
      String at, String type, String name, FilingStatus status, String outcome) {
    return new TimelineEntry(Instant.parse(at), type, name, status, outcome, List.of(), "", "x");
  }

  private static Filing filing(IpRight right, Filing.Content content, Filing.Registration reg) {
    return new Filing(
        UUID.randomUUID(),
        new ApplicationNumber(right.st13Code() + "2026000000001", "XX"),
        right,
        FilingStatus.RECEIVED,
        LocalDate.of(2026, 6, 1),
        Instant.parse("2026-06-01T08:00:00Z"),
        "alice",
        content,
        null,
        reg,
        0);
  }

  private static byte[] resource(String name) {
    try (InputStream in = St96MappingTest.class.getResourceAsStream("/st96/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
