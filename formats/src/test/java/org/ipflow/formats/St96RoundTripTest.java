package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.ipflow.formats.Samples.resource;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sample ST.96 filing -> neutral record -> ST.96 export, valid against the official schema. */
class St96RoundTripTest {

  private final St96Reader reader = new St96Reader();
  private final St96Writer writer = new St96Writer();

  @Test
  void trademarkSurvivesReadWriteReadAndItsExportValidates() {
    FilingDocument read = reader.read(IpRight.TRADEMARK, resource("trademark-application.xml"));

    byte[] exported = writer.write(read);

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(reader.read(IpRight.TRADEMARK, exported)).isEqualTo(read);
  }

  @Test
  void designSurvivesReadWriteReadAndItsExportValidates() {
    FilingDocument read = reader.read(IpRight.DESIGN, resource("design-application.xml"));

    byte[] exported = writer.write(read);

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(reader.read(IpRight.DESIGN, exported)).isEqualTo(read);
  }

  @Test
  void patentFilingIsExportedAsAValidPatentPublicationKeepingItsContent() {
    FilingDocument read =
        reader.read(
            IpRight.PATENT, resource("bibliographic-data.xml"), resource("application-body.xml"));

    byte[] exported = writer.write(read);
    String xml = new String(exported, StandardCharsets.UTF_8);

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml)
        .contains("<pat:PatentPublication")
        .contains("<com:ST13ApplicationNumber>100000000000000</com:ST13ApplicationNumber>")
        .contains("Coffee machine with a milk frother")
        .contains("<pat:PatentClassificationText>A47J 31/52</pat:PatentClassificationText>")
        .contains("The coffee machine of claim 1, wherein the steam wand froths milk.")
        .contains("A steam wand heats and froths milk.")
        .contains("<pat:ClaimTotalQuantity>2</pat:ClaimTotalQuantity>")
        .contains("Kaffee Technik AG")
        .contains("Jonas Weber");
  }

  @Test
  void utilityModelFilingIsExportedInThePatentSchemaFamilyAsAUtilityModel() {
    FilingDocument read =
        reader.read(
            IpRight.UTILITY_MODEL,
            resource("bibliographic-data.xml"),
            resource("application-body.xml"));
    FilingDocument registered =
        read.toBuilder()
            .registrationNumber("202026000000031")
            .registrationDate(java.time.LocalDate.of(2026, 4, 2))
            .build();

    byte[] exported = writer.write(registered);
    String xml = new String(exported, StandardCharsets.UTF_8);

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml)
        .contains("<com:PatentDocumentKindCode>U1</com:PatentDocumentKindCode>")
        .doesNotContain("InventionSubjectMatterCategory");
  }
}
