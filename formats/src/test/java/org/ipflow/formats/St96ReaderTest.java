package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipflow.formats.Samples.bytes;
import static org.ipflow.formats.Samples.resource;
import static org.ipflow.formats.Samples.text;

import java.time.LocalDate;
import java.util.List;
import org.ipflow.formats.FilingDocument.Design;
import org.ipflow.formats.FilingDocument.GoodsServices;
import org.ipflow.formats.FilingDocument.MarkFeature;
import org.ipflow.formats.FilingDocument.PartyKind;
import org.ipflow.formats.FilingDocument.Priority;
import org.junit.jupiter.api.Test;

class St96ReaderTest {

  private final St96Reader reader = new St96Reader();

  @Test
  void readsTrademarkApplicationIntoNeutralFiling() {
    FilingDocument filing = reader.read(IpRight.TRADEMARK, resource("trademark-application.xml"));

    assertThat(filing.right()).isEqualTo(IpRight.TRADEMARK);
    assertThat(filing.applicationNumber()).isEqualTo("300000000000000");
    assertThat(filing.officeCode()).isEqualTo("EM");
    assertThat(filing.filingDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(filing.language()).isEqualTo("en");
    assertThat(filing.mark().wordElement()).isEqualTo("BLUE HERON");
    assertThat(filing.mark().feature()).isEqualTo(MarkFeature.WORD);
    assertThat(filing.goodsAndServices())
        .containsExactly(
            new GoodsServices(9, "Computer software; downloadable mobile applications"),
            new GoodsServices(42, "Software as a service"));
    assertThat(filing.priorities())
        .containsExactly(new Priority("US", "97/123456", LocalDate.of(2025, 11, 14)));
    assertThat(filing.applicants()).hasSize(1);
    assertThat(filing.applicants().get(0).name()).isEqualTo("Heron Software GmbH");
    assertThat(filing.applicants().get(0).kind()).isEqualTo(PartyKind.LEGAL_ENTITY);
    assertThat(filing.applicants().get(0).addressLines()).containsExactly("Seestraße 12");
    assertThat(filing.applicants().get(0).city()).isEqualTo("Berlin");
    assertThat(filing.applicants().get(0).countryCode()).isEqualTo("DE");
    assertThat(filing.representative().name()).isEqualTo("Anna Schmidt");
    assertThat(filing.representative().kind()).isEqualTo(PartyKind.NATURAL_PERSON);
  }

  @Test
  void readsMultipleDesignApplicationWithViewsAndLocarnoClasses() {
    FilingDocument filing = reader.read(IpRight.DESIGN, resource("design-application.xml"));

    assertThat(filing.right()).isEqualTo(IpRight.DESIGN);
    assertThat(filing.language()).isEqualTo("fr");
    assertThat(filing.filingDate()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(filing.designs())
        .containsExactly(
            new Design("Chaise", "06-01", List.of("chair-front.png", "chair-side.png")),
            new Design("Table basse", "06-03", List.of("table-top.png")));
    assertThat(filing.applicants())
        .extracting(FilingDocument.Party::name)
        .containsExactly("Claire Martin");
    assertThat(filing.priorities())
        .containsExactly(new Priority("FR", "20251234", LocalDate.of(2025, 12, 1)));
  }

  @Test
  void readsPatentFilingFromBibliographicDataAndApplicationBody() {
    FilingDocument filing =
        reader.read(
            IpRight.PATENT, resource("bibliographic-data.xml"), resource("application-body.xml"));

    assertThat(filing.officeCode()).isEqualTo("EP");
    assertThat(filing.filingDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(filing.invention().title()).isEqualTo("Coffee machine with a milk frother");
    assertThat(filing.invention().ipcSymbols()).containsExactly("A47J 31/44", "A47J 31/52");
    assertThat(filing.invention().claims()).hasSize(2);
    assertThat(filing.invention().claimCount()).isEqualTo(2);
    assertThat(filing.invention().description())
        .containsExactly(
            "The invention relates to coffee machines.", "A steam wand heats and froths milk.");
    assertThat(filing.invention().abstractText())
        .isEqualTo("A coffee machine with a steam wand that froths milk.");
    assertThat(filing.applicants().get(0).name()).isEqualTo("Kaffee Technik AG");
    assertThat(filing.representative().name()).isEqualTo("Jonas Weber");
    assertThat(filing.priorities())
        .containsExactly(new Priority("JP", "2025-123456", LocalDate.of(2025, 2, 20)));
  }

  @Test
  void takesTheRightFromTheCallerNotFromTheUtilityCategoryOfThePatentXml() {
    byte[] bib = resource("bibliographic-data.xml");
    byte[] body = resource("application-body.xml");
    assertThat(text("bibliographic-data.xml"))
        .contains(
            "<pat:InventionSubjectMatterCategory>Utility</pat:InventionSubjectMatterCategory>");

    assertThat(reader.read(IpRight.PATENT, bib, body).right()).isEqualTo(IpRight.PATENT);
    assertThat(reader.read(IpRight.UTILITY_MODEL, bib, body).right())
        .isEqualTo(IpRight.UTILITY_MODEL);
  }

  @Test
  void refusesASecondTrademarkInOneSubmissionRatherThanDroppingIt() {
    String xml = text("trademark-application.xml");
    String mark =
        xml.substring(xml.indexOf("<tmk:Trademark>"), xml.indexOf("</tmk:Trademark>") + 16);
    String twice = xml.replace(mark, mark + mark);

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(twice)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("TrademarkBag holds 2 trademarks");
  }

  @Test
  void refusesClassesThatTheClassificationAndTheDescriptionsListDifferently() {
    // Classified 9 and 42, the second description says 43: which one was meant is unknown.
    String xml = text("trademark-application.xml");
    int second = xml.lastIndexOf("<tmk:ClassNumber>42</tmk:ClassNumber>");
    String differing =
        xml.substring(0, second)
            + "<tmk:ClassNumber>43</tmk:ClassNumber>"
            + xml.substring(second + "<tmk:ClassNumber>42</tmk:ClassNumber>".length());

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(differing)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining(
            "lists classes [9, 42] but ClassDescriptionBag describes classes [9, 43]");
  }

  @Test
  void refusesAClassNumberThatIsNoNumberRatherThanDroppingItsGoods() {
    String xml =
        text("trademark-application.xml")
            .replace(
                "<tmk:ClassNumber>9</tmk:ClassNumber>",
                "<tmk:ClassNumber>99999999999</tmk:ClassNumber>");

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("ClassNumber '99999999999' is not a class number");
  }

  @Test
  void readsAPriorityDateWrittenWithATimeZoneAsTheDayWritten() {
    String xml = text("trademark-application.xml").replace(">2025-11-14<", ">2025-11-14+05:00<");

    assertThat(reader.read(IpRight.TRADEMARK, bytes(xml)).priorities())
        .extracting(Priority::date)
        .containsExactly(LocalDate.of(2025, 11, 14));
  }

  @Test
  void refusesAPriorityClaimWithoutAFullDateRatherThanDroppingIt() {
    // ST.96's DateType also admits a year and month alone: valid against the schema.
    String xml = text("trademark-application.xml").replace(">2025-11-14<", ">2025-11<");

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining(
            "Priority 1: the earlier application's filing date '2025-11' is not a full date");
  }

  @Test
  void refusesAPatentFiledAsOneDocument() {
    assertThatThrownBy(() -> reader.read(IpRight.PATENT, resource("bibliographic-data.xml")))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("pat:BibliographicData and pat:ApplicationBody");
  }

  @Test
  void refusesExternalEntityWithoutLeakingTheFile() throws Exception {
    java.nio.file.Path secret = java.nio.file.Files.createTempFile("ipflow-secret", ".txt");
    java.nio.file.Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE tmk:TrademarkApplication [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + text("trademark-application.xml")
                .replaceFirst("<\\?xml[^>]*>", "")
                .replace("BLUE HERON", "&xxe;");
    try {
      assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
          .isInstanceOfSatisfying(
              St96Exception.class,
              e -> {
                assertThat(e.problems()).hasSize(1);
                assertThat(e.problems().get(0).message()).contains("DOCTYPE");
                assertThat(e.problems().get(0).line()).isEqualTo(2);
                assertThat(e.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
              });
    } finally {
      java.nio.file.Files.delete(secret);
    }
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    xml.append("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append("<!ENTITY lol").append(i).append(" \"");
      xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n")
        .append(
            "<tmk:TrademarkApplication xmlns:tmk=\"http://www.wipo.int/standards/XMLSchema/ST96/Trademark\">")
        .append("&lol9;</tmk:TrademarkApplication>");

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml.toString())))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("DOCTYPE declaration is not allowed");
  }

  @Test
  void refusesAnyDoctypeEvenWithoutEntities() {
    String xml =
        text("trademark-application.xml")
            .replaceFirst("\\?>", "?>\n<!DOCTYPE tmk:TrademarkApplication>");

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("DOCTYPE declaration is not allowed");
  }

  @Test
  void refusesADocumentLargerThanTheLimitBeforeParsingIt() {
    byte[] big = new byte[St96Reader.DEFAULT_MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, big))
        .isInstanceOfSatisfying(
            St96Exception.class,
            e ->
                assertThat(e.problems().get(0).message())
                    .contains("documents of more than 5242880 bytes are not accepted"));
  }

  @Test
  void honoursAConfiguredSizeLimit() {
    St96Reader small = new St96Reader(1024, 100);

    assertThatThrownBy(() -> small.read(IpRight.TRADEMARK, resource("trademark-application.xml")))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("more than 1024 bytes");
  }

  @Test
  void refusesElementsNestedDeeperThanTheLimit() {
    String deep = "<x>".repeat(150) + "</x>".repeat(150);
    String xml =
        "<tmk:TrademarkApplication xmlns:tmk=\"http://www.wipo.int/standards/XMLSchema/ST96/Trademark\">"
            + deep
            + "</tmk:TrademarkApplication>";

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("nested more than 100 levels deep");
  }

  @Test
  void reportsMalformedXmlWithLineAndColumn() {
    String xml = "<?xml version=\"1.0\"?>\n<tmk:TrademarkApplication>\n  <unclosed>\n";

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOfSatisfying(
            St96Exception.class,
            e -> {
              assertThat(e.problems()).isNotEmpty();
              assertThat(e.problems().get(0).line()).isPositive();
              assertThat(e.problems().get(0).column()).isPositive();
            });
  }

  @Test
  void reportsAMissingRequiredElementAgainstTheOfficialSchema() {
    String xml =
        text("trademark-application.xml")
            .replaceAll("(?s)<tmk:TrademarkBag>.*</tmk:TrademarkBag>", "");

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOfSatisfying(
            St96Exception.class,
            e -> {
              assertThat(e.problems()).isNotEmpty();
              assertThat(e.problems().get(0).line()).isPositive();
              assertThat(e.problems().get(0).message()).contains("tmk:TrademarkBag");
              assertThat(e.problems().get(0).toString()).startsWith("line ");
            });
  }

  @Test
  void reportsEveryInvalidValueItFinds() {
    String xml =
        text("trademark-application.xml")
            .replace(
                "<com:CountryCode>DE</com:CountryCode>", "<com:CountryCode>XX1</com:CountryCode>")
            .replace(
                "<tmk:MarkFeatureCategory>Word</tmk:MarkFeatureCategory>",
                "<tmk:MarkFeatureCategory>Loud</tmk:MarkFeatureCategory>");

    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, bytes(xml)))
        .isInstanceOfSatisfying(
            St96Exception.class,
            e -> {
              assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
              assertThat(e.getMessage()).contains("Loud").contains("XX1");
            });
  }

  @Test
  void refusesTheWrongRootElementForTheRight() {
    assertThatThrownBy(() -> reader.read(IpRight.TRADEMARK, resource("design-application.xml")))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("the root element is dgn:DesignApplication")
        .hasMessageContaining("must be tmk:TrademarkApplication");
  }

  @Test
  void refusesBibliographicDataAndApplicationBodyInTheWrongOrder() {
    assertThatThrownBy(
            () ->
                reader.read(
                    IpRight.PATENT,
                    resource("application-body.xml"),
                    resource("bibliographic-data.xml")))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("BibliographicData: ")
        .hasMessageContaining("must be pat:BibliographicData");
  }

  @Test
  void acceptsASchemaLocationHintWithoutFollowingIt() {
    String xml =
        text("trademark-application.xml")
            .replace(
                "com:st96Version=\"V6_0\">",
                "com:st96Version=\"V6_0\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                    + " xsi:schemaLocation=\"http://www.wipo.int/standards/XMLSchema/ST96/Trademark"
                    + " http://127.0.0.1:9/never/TrademarkApplication_V6_0.xsd\">");

    assertThat(reader.read(IpRight.TRADEMARK, bytes(xml)).mark().wordElement())
        .isEqualTo("BLUE HERON");
  }

  @Test
  void refusesAnEmptyDocument() {
    assertThatThrownBy(() -> reader.read(IpRight.DESIGN, new byte[0]))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("empty");
  }
}
