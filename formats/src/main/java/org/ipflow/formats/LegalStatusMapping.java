package org.ipflow.formats;

import static org.ipflow.formats.CommonMapping.date;

import jakarta.xml.bind.JAXBElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipflow.formats.st96.generated.common.IPRightKindCategoryType;
import org.ipflow.formats.st96.generated.common.StateCodeType;
import org.ipflow.formats.st96.generated.patent.legalstatus.ApplicationIdentificationType;
import org.ipflow.formats.st96.generated.patent.legalstatus.DetailedEventCodeType;
import org.ipflow.formats.st96.generated.patent.legalstatus.KeyEventCodeType;
import org.ipflow.formats.st96.generated.patent.legalstatus.ObjectFactory;
import org.ipflow.formats.st96.generated.patent.legalstatus.PatentGrantIdentificationType;
import org.ipflow.formats.st96.generated.patent.legalstatus.PatentLegalStatusDataType;
import org.ipflow.formats.st96.generated.patent.legalstatus.PatentLegalStatusType;
import org.ipflow.formats.st96.generated.patent.legalstatus.StatusEventCodeType;
import org.ipflow.formats.st96.generated.patent.legalstatus.StatusEventDataBagType;
import org.ipflow.formats.st96.generated.patent.legalstatus.StatusEventDataType;

/** The legal-status documents of {@link LegalStatus}. */
final class LegalStatusMapping {

  private static final ObjectFactory LSD = new ObjectFactory();
  private static final org.ipflow.formats.st96.generated.common.ObjectFactory COM =
      new org.ipflow.formats.st96.generated.common.ObjectFactory();

  private LegalStatusMapping() {}

  /** ST.96 {@code pat:PatentLegalStatusData} for a patent or utility model. */
  static JAXBElement<PatentLegalStatusDataType> patentLegalStatus(FilingDocument f) {
    ApplicationIdentificationType id = new ApplicationIdentificationType();
    id.setIPOfficeCode(f.officeCode());
    id.setApplicationNumber(CommonMapping.applicationNumber(f.applicationNumber(), f.officeCode()));
    id.setFilingDate(date(f.filingDate()));
    PatentLegalStatusType status = new PatentLegalStatusType();
    status.setApplicationIdentification(id);
    if (f.registrationNumber() != null) {
      PatentGrantIdentificationType grant = new PatentGrantIdentificationType();
      grant.setIPOfficeCode(f.officeCode());
      grant.setPatentNumber(f.registrationNumber());
      grant.setGrantDate(date(f.registrationDate()));
      status
          .getRelatedApplicationIdentificationOrPatentPublicationIdentificationOrPatentGrantIdentification()
          .add(grant);
    }
    status.setIPRightKindCategory(
        f.right() == IpRight.UTILITY_MODEL
            ? IPRightKindCategoryType.UTILITY_MODEL
            : IPRightKindCategoryType.PATENT_FOR_INVENTION);
    StatusEventDataBagType events = new StatusEventDataBagType();
    for (LegalStatus.CodedEvent e : LegalStatus.coded(f.right(), history(f))) {
      StatusEventCodeType code = new StatusEventCodeType();
      code.setStateCode(StateCodeType.fromValue(e.code().stateCode()));
      code.setPreviousStageCode(e.previousStageCode());
      code.setCurrentStageCode(e.code().stageCode());
      code.setKeyEventCode(KeyEventCodeType.fromValue(e.code().keyEventCode()));
      code.setDetailedEventCode(DetailedEventCodeType.fromValue(e.code().detailedEventCode()));
      code.setNationalEventCode(e.event().event().name());
      StatusEventDataType data = new StatusEventDataType();
      data.setStatusEventCode(code);
      data.getEventDateOrEffectiveDateOrPublicationDate()
          .add(COM.createEventDate(date(e.event().date())));
      events.getStatusEventData().add(data);
    }
    status.setStatusEventDataBag(events);
    PatentLegalStatusDataType data = new PatentLegalStatusDataType();
    data.getPatentLegalStatus().add(status);
    data.setOfficeCode(f.officeCode());
    data.setCreationDate(LocalDate.now().toString());
    data.setSt96Version(SafeXml.ST96_VERSION);
    return LSD.createPatentLegalStatusData(data);
  }

  /**
   * Marks and designs: the same element names as {@code pat:PatentLegalStatusData}, with ST.87 or
   * ST.88 codes, under {@code TrademarkLegalStatusData} or {@code DesignLegalStatusData}.
   */
  static Map<String, Object> otherLegalStatus(FilingDocument f) {
    Map<String, Object> number = new LinkedHashMap<>();
    number.put("IPOfficeCode", f.officeCode());
    number.put(
        St13.isValid(f.applicationNumber()) ? "ST13ApplicationNumber" : "ApplicationNumberText",
        f.applicationNumber());
    Map<String, Object> id = new LinkedHashMap<>();
    id.put("IPOfficeCode", f.officeCode());
    id.put("ApplicationNumber", number);
    putIfPresent(id, "FilingDate", date(f.filingDate()));
    List<Object> events = new ArrayList<>();
    for (LegalStatus.CodedEvent e : LegalStatus.coded(f.right(), history(f))) {
      Map<String, Object> code = new LinkedHashMap<>();
      code.put("StateCode", e.code().stateCode());
      code.put("PreviousStageCode", e.previousStageCode());
      code.put("CurrentStageCode", e.code().stageCode());
      code.put("KeyEventCode", e.code().keyEventCode());
      code.put("DetailedEventCode", e.code().detailedEventCode());
      code.put("NationalEventCode", e.event().event().name());
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("StatusEventCode", code);
      data.put("EventDate", date(e.event().date()));
      data.put("LegalStatusStandard", e.code().standard());
      events.add(data);
    }
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("ApplicationIdentification", id);
    if (f.registrationNumber() != null) {
      status.put("RegistrationNumber", f.registrationNumber());
      putIfPresent(status, "RegistrationDate", date(f.registrationDate()));
    }
    status.put("StatusEventDataBag", Map.of("StatusEventData", events));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("officeCode", f.officeCode());
    body.put("LegalStatus", List.of(status));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(
        f.right() == IpRight.TRADEMARK ? "TrademarkLegalStatusData" : "DesignLegalStatusData",
        body);
    return root;
  }

  private static List<StatusEvent> history(FilingDocument f) {
    if (!f.history().isEmpty() || f.status() == null) {
      return f.history();
    }
    LocalDate date = f.filingDate() == null ? LocalDate.now() : f.filingDate();
    return List.of(new StatusEvent(f.status(), date));
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
