package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.ipflow.formats.Json.at;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ipflow.formats.LegalStatus.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LegalStatusTest {

  @ParameterizedTest
  @EnumSource(IpRight.class)
  void codesEveryPlatformEventForEveryRight(IpRight right) {
    for (ProcedureEvent event : ProcedureEvent.values()) {
      Code code = LegalStatus.code(right, event);
      assertThat(code.stateCode()).as("%s %s", right, event).isIn("A", "N", "T", "U");
      assertThat(code.stageCode()).isIn("1", "2", "3", "4", "5", "6");
      assertThat(code.keyEventCode()).matches("[A-Y]10");
      assertThat(code.detailedEventCode()).matches("[A-Y]\\d\\d");
      assertThat(code.detailedEventCode().charAt(0)).isEqualTo(code.keyEventCode().charAt(0));
    }
  }

  @Test
  void namesTheStandardOfEachRight() {
    assertThat(LegalStatus.code(IpRight.PATENT, ProcedureEvent.RECEIVED).standard())
        .isEqualTo("ST.27");
    assertThat(LegalStatus.code(IpRight.UTILITY_MODEL, ProcedureEvent.RECEIVED).standard())
        .isEqualTo("ST.27");
    assertThat(LegalStatus.code(IpRight.TRADEMARK, ProcedureEvent.RECEIVED).standard())
        .isEqualTo("ST.87");
    assertThat(LegalStatus.code(IpRight.DESIGN, ProcedureEvent.RECEIVED).standard())
        .isEqualTo("ST.88");
  }

  @Test
  void codesPatentEventsWithSt27KeyAndDetailedEvents() {
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.RECEIVED)).isEqualTo("A A10 A12");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.PUBLISHED)).isEqualTo("A Q10 Q12");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.GRANTED)).isEqualTo("A F10 F11");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.OPPOSITION_FILED)).isEqualTo("A L10 L11");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.REFUSED)).isEqualTo("N B10 B15");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.WITHDRAWN)).isEqualTo("N B10 B11");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.DEEMED_WITHDRAWN)).isEqualTo("N B10 B12");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.LAPSED)).isEqualTo("N H10 H13");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.EXPIRED)).isEqualTo("T H10 H14");
    assertThat(LegalStatus.code(IpRight.PATENT, ProcedureEvent.GRANTED).uncertain()).isFalse();
  }

  @Test
  void registersUtilityModelsAfterFormalitiesOnly() {
    assertThat(codeOf(IpRight.UTILITY_MODEL, ProcedureEvent.REGISTERED)).isEqualTo("A F10 F12");
    assertThat(codeOf(IpRight.PATENT, ProcedureEvent.REGISTERED)).isEqualTo("A F10 F11");
  }

  @Test
  void putsMarkOppositionBeforeRegistrationAndDesignPublicationAfterIt() {
    Code markOpposition = LegalStatus.code(IpRight.TRADEMARK, ProcedureEvent.OPPOSITION_FILED);
    assertThat(markOpposition.keyEventCode()).isEqualTo("E10");
    assertThat(markOpposition.stageCode()).isEqualTo("3");
    assertThat(LegalStatus.code(IpRight.PATENT, ProcedureEvent.OPPOSITION_FILED).stageCode())
        .isEqualTo("5");
    assertThat(codeOf(IpRight.DESIGN, ProcedureEvent.PUBLISHED)).isEqualTo("A Q10 Q13");
  }

  @Test
  void flagsMarkAndDesignCodesAsUncertain() {
    for (ProcedureEvent event : ProcedureEvent.values()) {
      assertThat(LegalStatus.code(IpRight.TRADEMARK, event).uncertain()).isTrue();
      assertThat(LegalStatus.code(IpRight.DESIGN, event).uncertain()).isTrue();
    }
  }

  @Test
  void chainsStagesThroughTheHistory() {
    List<LegalStatus.CodedEvent> coded =
        LegalStatus.coded(IpRight.TRADEMARK, Samples.registeredMark().history());

    assertThat(coded)
        .extracting(e -> e.previousStageCode() + ">" + e.code().stageCode())
        .containsExactly("1>1", "1>1", "1>2", "2>3", "3>4");
  }

  @Test
  void exportsPatentLegalStatusAsSt96ValidAgainstTheOfficialSchema() {
    byte[] xml = LegalStatus.toSt96Xml(Samples.grantedPatent()).orElseThrow();

    assertThatCode(() -> new St96Writer().validate(xml)).doesNotThrowAnyException();
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<pat:PatentLegalStatusData")
        .contains("<com:IPRightKindCategory>Patent for invention</com:IPRightKindCategory>")
        .contains("<pat:KeyEventCode>F10</pat:KeyEventCode>")
        .contains("<pat:DetailedEventCode>F11</pat:DetailedEventCode>")
        .contains("<pat:NationalEventCode>GRANTED</pat:NationalEventCode>");
  }

  @Test
  void exportsUtilityModelLegalStatusAsAUtilityModel() {
    byte[] xml = LegalStatus.toSt96Xml(Samples.lapsedUtilityModel()).orElseThrow();

    assertThatCode(() -> new St96Writer().validate(xml)).doesNotThrowAnyException();
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<com:IPRightKindCategory>Utility model</com:IPRightKindCategory>")
        .contains("<pat:DetailedEventCode>F12</pat:DetailedEventCode>")
        .contains("<pat:DetailedEventCode>H13</pat:DetailedEventCode>");
  }

  @Test
  void hasNoSt96LegalStatusDocumentForMarksAndDesigns() {
    assertThat(LegalStatus.toSt96Xml(Samples.registeredMark())).isEmpty();
    assertThat(LegalStatus.toSt96Xml(Samples.registeredDesign())).isEmpty();
  }

  @Test
  void exportsPatentLegalStatusAsJsonWithSt96Names() {
    Object json = Json.parse(LegalStatus.toJson(Samples.grantedPatent()));

    Object event =
        at(
            json,
            "PatentLegalStatusData",
            "PatentLegalStatus",
            0,
            "StatusEventDataBag",
            "StatusEventData",
            2);
    assertThat(at(event, "StatusEventCode", "KeyEventCode")).isEqualTo("F10");
    assertThat(at(event, "StatusEventCode", "CurrentStageCode")).isEqualTo("4");
    assertThat(at(event, "EventDate", 0)).isEqualTo("2028-05-03");
  }

  @Test
  void exportsMarkLegalStatusAsJsonWithSt87Codes() {
    Object json = Json.parse(LegalStatus.toJson(Samples.registeredMark()));

    Object events =
        at(
            json,
            "TrademarkLegalStatusData",
            "LegalStatus",
            0,
            "StatusEventDataBag",
            "StatusEventData");
    assertThat((List<?>) events).hasSize(5);
    assertThat(at(events, 3, "StatusEventCode", "KeyEventCode")).isEqualTo("E10");
    assertThat(at(events, 3, "LegalStatusStandard")).isEqualTo("ST.87");
  }

  @Test
  void exportsDesignLegalStatusAsJsonWithSt88Codes() {
    Object json = Json.parse(LegalStatus.toJson(Samples.registeredDesign()));

    Object events =
        at(
            json,
            "DesignLegalStatusData",
            "LegalStatus",
            0,
            "StatusEventDataBag",
            "StatusEventData");
    assertThat(at(events, 1, "StatusEventCode", "DetailedEventCode")).isEqualTo("F12");
    assertThat(at(events, 1, "LegalStatusStandard")).isEqualTo("ST.88");
  }

  @Test
  void codesTheCurrentStatusWhenThereIsNoHistory() {
    FilingDocument withdrawn =
        FilingDocument.builder(IpRight.PATENT)
            .applicationNumber("102026000000001")
            .officeCode("EP")
            .filingDate(LocalDate.of(2026, 1, 2))
            .status(ProcedureEvent.DEEMED_WITHDRAWN)
            .build();

    byte[] xml = LegalStatus.toSt96Xml(withdrawn).orElseThrow();

    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<pat:DetailedEventCode>B12</pat:DetailedEventCode>")
        .contains("<com:StateCode>N</com:StateCode>");
  }

  private static String codeOf(IpRight right, ProcedureEvent event) {
    Code c = LegalStatus.code(right, event);
    return c.stateCode() + " " + c.keyEventCode() + " " + c.detailedEventCode();
  }
}
