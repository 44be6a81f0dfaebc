package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ipflow.formats.Samples.bytes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class St96WriterTest {

  private final St96Writer writer = new St96Writer();
  private final St96Reader reader = new St96Reader();

  private static String xml(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void exportsARegisteredMarkAsAValidTrademarkApplicationCarryingRegistrationAndEvents() {
    byte[] exported = writer.write(Samples.registeredMark());

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml(exported))
        .startsWith("<?xml")
        .contains("<tmk:TrademarkApplication")
        .contains("com:st96Version=\"V6_0\"")
        .contains("<com:ST13ApplicationNumber>302026000000123</com:ST13ApplicationNumber>")
        .contains("<com:RegistrationNumber>018999001</com:RegistrationNumber>")
        .contains("<com:ExpiryDate>2036-03-02</com:ExpiryDate>")
        .contains("<tmk:MarkCurrentStatusCode>Registration published</tmk:MarkCurrentStatusCode>")
        .contains("<tmk:MarkEventCategory>Opposition pending</tmk:MarkEventCategory>")
        .contains("<tmk:MarkEventCode>E11</tmk:MarkEventCode>");
  }

  @Test
  void exportsARefusedFigurativeMarkWithItsImage() {
    byte[] exported = writer.write(Samples.refusedFigurativeMark());

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml(exported))
        .contains("<com:FileName>heron.png</com:FileName>")
        .contains("<tmk:MarkFeatureCategory>Figurative</tmk:MarkFeatureCategory>")
        .contains("<tmk:MarkCurrentStatusCode>Application refused</tmk:MarkCurrentStatusCode>");
    assertThat(reader.read(IpRight.TRADEMARK, exported).mark())
        .isEqualTo(Samples.refusedFigurativeMark().mark());
  }

  @Test
  void exportsARegisteredMultipleDesignAsAValidDesignApplication() {
    byte[] exported = writer.write(Samples.registeredDesign());

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml(exported))
        .contains("<dgn:DesignApplication")
        .contains("<dgn:DesignTotalQuantity>2</dgn:DesignTotalQuantity>")
        .contains("<dgn:DesignCurrentStatusCategory>Registered</dgn:DesignCurrentStatusCategory>")
        .contains("<dgn:DesignEventCategory>Registered</dgn:DesignEventCategory>")
        .contains("<com:LocarnoClass>06</com:LocarnoClass>")
        .contains("<com:FileName>table-top.png</com:FileName>");
    FilingDocument back = reader.read(IpRight.DESIGN, exported);
    assertThat(back.designs()).isEqualTo(Samples.registeredDesign().designs());
    assertThat(back.registrationNumber()).isEqualTo("402026000000045-0001");
    assertThat(back.expiryDate()).isEqualTo(LocalDate.of(2031, 2, 10));
    assertThat(back.publicationDates()).containsExactly(LocalDate.of(2026, 3, 20));
  }

  @Test
  void exportsAGrantedPatentAsAValidPatentPublicationWithGrantKindCode() {
    byte[] exported = writer.write(Samples.grantedPatent());

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml(exported))
        .contains("<pat:PatentPublication")
        .contains("<pat:PatentNumber>4123456</pat:PatentNumber>")
        .contains("<com:PatentDocumentKindCode>A1</com:PatentDocumentKindCode>")
        .contains("<com:PatentDocumentKindCode>B2</com:PatentDocumentKindCode>")
        .contains("<pat:GrantDate>2028-05-03</pat:GrantDate>");
  }

  @Test
  void exportsAUtilityModelInThePatentSchemaFamilyWithItsOwnKindCode() {
    byte[] exported = writer.write(Samples.lapsedUtilityModel());

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml(exported))
        .contains("<pat:PatentPublication")
        .contains("<com:PatentDocumentKindCode>U1</com:PatentDocumentKindCode>");
  }

  @Test
  void exportsAPatentFiledWithoutClaimsInText() {
    FilingDocument filing =
        Samples.grantedPatent().toBuilder()
            .invention(
                new FilingDocument.Invention(
                    "Page-image filing", null, null, null, 12, java.util.List.of()))
            .build();

    byte[] exported = writer.write(filing);

    assertThatCode(() -> writer.validate(exported)).doesNotThrowAnyException();
    assertThat(xml(exported)).contains("<pat:ClaimTotalQuantity>12</pat:ClaimTotalQuantity>");
  }

  @Test
  void keepsTheCountryOfAPartyWithoutAnAddress() {
    FilingDocument back = reader.read(IpRight.TRADEMARK, writer.write(Samples.registeredMark()));

    assertThat(back.representative()).isEqualTo(Samples.PERSON);
    assertThat(back.applicants()).containsExactly(Samples.COMPANY);
  }

  @Test
  void validateRejectsADocumentTheOfficialSchemaRejects() {
    String invalid =
        xml(writer.write(Samples.registeredMark()))
            .replace(
                "<com:ExpiryDate>2036-03-02</com:ExpiryDate>",
                "<com:ExpiryDate>soon</com:ExpiryDate>");

    assertThatThrownBy(() -> writer.validate(bytes(invalid)))
        .isInstanceOfSatisfying(
            St96Exception.class,
            e -> {
              assertThat(e.problems()).isNotEmpty();
              assertThat(e.problems().get(0).line()).isPositive();
              assertThat(e.getMessage()).contains("soon");
            });
  }

  @Test
  void validateRejectsADocumentItDoesNotKnow() {
    assertThatThrownBy(() -> writer.validate(bytes("<html><body/></html>")))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("root element html is not one of the ST.96 documents");
  }

  @Test
  void validateRefusesADoctype() {
    String withDoctype =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>";

    assertThatThrownBy(() -> writer.validate(bytes(withDoctype)))
        .isInstanceOf(St96Exception.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }
}
