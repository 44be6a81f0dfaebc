package org.ipflow.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ipflow.formats.FilingDocument.Design;
import org.ipflow.formats.FilingDocument.GoodsServices;
import org.ipflow.formats.FilingDocument.Invention;
import org.ipflow.formats.FilingDocument.Mark;
import org.ipflow.formats.FilingDocument.MarkFeature;
import org.ipflow.formats.FilingDocument.Party;
import org.ipflow.formats.FilingDocument.PartyKind;
import org.ipflow.formats.FilingDocument.Priority;

/** Sample ST.96 documents (test resources) and filings as the platform would hand them over. */
final class Samples {

  private Samples() {}

  static byte[] resource(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/st96/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  static final Party COMPANY =
      new Party(
          "Heron Software GmbH",
          PartyKind.LEGAL_ENTITY,
          List.of("Seestraße 12"),
          "Berlin",
          "10115",
          "DE");
  static final Party PERSON =
      new Party("Anna Schmidt", PartyKind.NATURAL_PERSON, List.of(), null, null, "AT");

  /** A registered word mark with its whole history. */
  static FilingDocument registeredMark() {
    return FilingDocument.builder(IpRight.TRADEMARK)
        .applicationNumber("302026000000123")
        .officeCode("EM")
        .filingDate(LocalDate.of(2026, 3, 2))
        .language("en")
        .applicant(COMPANY)
        .representative(PERSON)
        .mark(new Mark("BLUE HERON", MarkFeature.WORD, null))
        .goodsServices(new GoodsServices(9, "Computer software"))
        .goodsServices(new GoodsServices(42, "Software as a service"))
        .priority(new Priority("US", "97/123456", LocalDate.of(2025, 11, 14)))
        .event(ProcedureEvent.RECEIVED, LocalDate.of(2026, 3, 2))
        .event(ProcedureEvent.FILING_DATE_ACCORDED, LocalDate.of(2026, 3, 2))
        .event(ProcedureEvent.PUBLISHED, LocalDate.of(2026, 4, 15))
        .event(ProcedureEvent.OPPOSITION_FILED, LocalDate.of(2026, 5, 20))
        .event(ProcedureEvent.REGISTERED, LocalDate.of(2026, 9, 1))
        .publicationDate(LocalDate.of(2026, 4, 15))
        .registrationNumber("018999001")
        .registrationDate(LocalDate.of(2026, 9, 1))
        .expiryDate(LocalDate.of(2036, 3, 2))
        .build();
  }

  /** A figurative mark, refused. */
  static FilingDocument refusedFigurativeMark() {
    return FilingDocument.builder(IpRight.TRADEMARK)
        .applicationNumber("302026000000124")
        .officeCode("EM")
        .filingDate(LocalDate.of(2026, 3, 3))
        .language("de")
        .applicant(PERSON)
        .mark(new Mark(null, MarkFeature.FIGURATIVE, "heron.png"))
        .goodsServices(new GoodsServices(25, "Bekleidung"))
        .event(ProcedureEvent.RECEIVED, LocalDate.of(2026, 3, 3))
        .event(ProcedureEvent.REFUSED, LocalDate.of(2026, 6, 3))
        .build();
  }

  /** A registered and published multiple design. */
  static FilingDocument registeredDesign() {
    return FilingDocument.builder(IpRight.DESIGN)
        .applicationNumber("402026000000045")
        .officeCode("EM")
        .filingDate(LocalDate.of(2026, 2, 10))
        .language("fr")
        .applicant(
            new Party(
                "Claire Martin",
                PartyKind.NATURAL_PERSON,
                List.of("3 rue des Lilas"),
                "Lyon",
                "69001",
                "FR"))
        .design(new Design("Chaise", "06-01", List.of("chair-front.png", "chair-side.png")))
        .design(new Design("Table basse", "06-03", List.of("table-top.png")))
        .priority(new Priority("FR", "20251234", LocalDate.of(2025, 12, 1)))
        .event(ProcedureEvent.RECEIVED, LocalDate.of(2026, 2, 10))
        .event(ProcedureEvent.REGISTERED, LocalDate.of(2026, 3, 1))
        .event(ProcedureEvent.PUBLISHED, LocalDate.of(2026, 3, 20))
        .registrationNumber("402026000000045-0001")
        .registrationDate(LocalDate.of(2026, 3, 1))
        .expiryDate(LocalDate.of(2031, 2, 10))
        .publicationDate(LocalDate.of(2026, 3, 20))
        .build();
  }

  static Invention coffeeMachine() {
    return new Invention(
        "Coffee machine with a milk frother",
        "A coffee machine with a steam wand that froths milk.",
        List.of("The invention relates to coffee machines.", "A steam wand froths milk."),
        List.of(
            "A coffee machine comprising a steam wand.",
            "The coffee machine of claim 1, wherein the steam wand froths milk."),
        2,
        List.of("A47J 31/44"));
  }

  /** A granted patent, published at 18 months before the grant. */
  static FilingDocument grantedPatent() {
    return FilingDocument.builder(IpRight.PATENT)
        .applicationNumber("102026000000777")
        .officeCode("EP")
        .filingDate(LocalDate.of(2026, 1, 15))
        .language("en")
        .applicant(COMPANY)
        .representative(PERSON)
        .invention(coffeeMachine())
        .priority(new Priority("JP", "2025-123456", LocalDate.of(2025, 2, 20)))
        .event(ProcedureEvent.RECEIVED, LocalDate.of(2026, 1, 15))
        .event(ProcedureEvent.PUBLISHED, LocalDate.of(2026, 8, 20))
        .event(ProcedureEvent.GRANTED, LocalDate.of(2028, 5, 3))
        .publicationDate(LocalDate.of(2026, 8, 20))
        .registrationNumber("4123456")
        .registrationDate(LocalDate.of(2028, 5, 3))
        .build();
  }

  /** A utility model registered after formalities that lapsed for want of a renewal fee. */
  static FilingDocument lapsedUtilityModel() {
    return FilingDocument.builder(IpRight.UTILITY_MODEL)
        .applicationNumber("202026000000031")
        .officeCode("DE")
        .filingDate(LocalDate.of(2026, 1, 20))
        .language("de")
        .applicant(COMPANY)
        .invention(
            new Invention(
                "Kaffeemaschine",
                null,
                List.of("Eine Kaffeemaschine."),
                List.of("Kaffeemaschine mit Dampflanze."),
                1,
                List.of()))
        .event(ProcedureEvent.RECEIVED, LocalDate.of(2026, 1, 20))
        .event(ProcedureEvent.REGISTERED, LocalDate.of(2026, 4, 2))
        .event(ProcedureEvent.LAPSED, LocalDate.of(2029, 2, 1))
        .registrationNumber("202026000000031")
        .registrationDate(LocalDate.of(2026, 4, 2))
        .build();
  }
}
