package org.ipflow.formats;

import static org.ipflow.formats.CommonMapping.applicationNumber;
import static org.ipflow.formats.CommonMapping.blankToNull;
import static org.ipflow.formats.CommonMapping.date;
import static org.ipflow.formats.CommonMapping.identifier;
import static org.ipflow.formats.CommonMapping.localized;
import static org.ipflow.formats.CommonMapping.ordered;
import static org.ipflow.formats.CommonMapping.text;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ipflow.formats.FilingDocument.Design;
import org.ipflow.formats.FilingDocument.Party;
import org.ipflow.formats.FilingDocument.Priority;
import org.ipflow.formats.st96.generated.common.DesignClassificationBagType;
import org.ipflow.formats.st96.generated.common.LocarnoClassificationBagType;
import org.ipflow.formats.st96.generated.common.LocarnoClassificationType;
import org.ipflow.formats.st96.generated.common.LocarnoSubclassBagType;
import org.ipflow.formats.st96.generated.design.ApplicantBagType;
import org.ipflow.formats.st96.generated.design.ApplicantType;
import org.ipflow.formats.st96.generated.design.DesignApplicationCurrentStatusCategoryType;
import org.ipflow.formats.st96.generated.design.DesignApplicationEventBagType;
import org.ipflow.formats.st96.generated.design.DesignApplicationEventCategoryType;
import org.ipflow.formats.st96.generated.design.DesignApplicationEventType;
import org.ipflow.formats.st96.generated.design.DesignApplicationType;
import org.ipflow.formats.st96.generated.design.DesignBagType;
import org.ipflow.formats.st96.generated.design.DesignCurrentStatusCategoryType;
import org.ipflow.formats.st96.generated.design.DesignEventBagType;
import org.ipflow.formats.st96.generated.design.DesignEventCategoryType;
import org.ipflow.formats.st96.generated.design.DesignEventType;
import org.ipflow.formats.st96.generated.design.DesignRepresentationBagType;
import org.ipflow.formats.st96.generated.design.DesignRepresentationType;
import org.ipflow.formats.st96.generated.design.DesignType;
import org.ipflow.formats.st96.generated.design.ObjectFactory;
import org.ipflow.formats.st96.generated.design.PriorityBagType;
import org.ipflow.formats.st96.generated.design.PriorityType;
import org.ipflow.formats.st96.generated.design.PublicationBagType;
import org.ipflow.formats.st96.generated.design.PublicationType;
import org.ipflow.formats.st96.generated.design.ViewBagType;
import org.ipflow.formats.st96.generated.design.ViewType;

/**
 * Designs: {@code dgn:DesignApplication} with one {@code dgn:Design} per design of a (possibly
 * multiple) application. ST.96 puts applicants, priorities and publications on each design; the
 * platform keeps them on the filing, so they are written on every design and read back merged.
 */
final class DesignMapping {

  /** The Locarno edition exports are classified with (15th edition, in force since 2025). */
  static final String LOCARNO_EDITION = "15";

  private static final ObjectFactory DGN = new ObjectFactory();

  private DesignMapping() {}

  static FilingDocument read(DesignApplicationType application) {
    FilingDocument.Builder b = FilingDocument.builder(IpRight.DESIGN);
    b.officeCode(application.getRegistrationOfficeCode());
    if (application.getApplicationNumber() != null) {
      b.applicationNumber(applicationNumber(application.getApplicationNumber()));
    }
    b.filingDate(date(application.getApplicationDate()));
    b.language(application.getDesignApplicationLanguageCode());
    List<ApplicantType> applicants =
        application.getApplicantBag() == null
            ? List.of()
            : application.getApplicantBag().getApplicant();
    for (ApplicantType a : applicants) {
      Party p =
          CommonMapping.partyFromChoices(
              a.getPartyIdentifierOrContactOrPublicationContact(),
              a.getNationalityCode(),
              a.getIncorporationCountryCode());
      if (p == null && a.getLegalEntityName() != null) {
        p = CommonMapping.party(null, a.getLegalEntityName(), null);
      }
      if (p != null) {
        b.applicant(p);
      }
    }
    b.representative(CommonMapping.representative(application.getRepresentativeBag()));
    Set<Priority> priorities = new LinkedHashSet<>();
    Set<LocalDate> publications = new LinkedHashSet<>();
    boolean first = true;
    for (DesignType d : application.getDesignBag().getDesign()) {
      b.design(design(d));
      if (first) {
        b.registrationNumber(blankToNull(d.getRegistrationNumber()));
        b.registrationDate(date(d.getRegistrationDate()));
        b.expiryDate(date(d.getExpiryDate()));
        first = false;
      }
      if (d.getPriorityBag() != null) {
        for (PriorityType p : d.getPriorityBag().getPriority()) {
          LocalDate date =
              CommonMapping.priorityDate(
                  p.getPriorityApplicationFilingDate(), priorities.size() + 1);
          priorities.add(
              new Priority(
                  p.getPriorityCountryCode(), applicationNumber(p.getApplicationNumber()), date));
        }
      }
      if (d.getPublicationBag() != null) {
        for (PublicationType p : d.getPublicationBag().getPublication()) {
          LocalDate date = date(p.getPublicationDate());
          if (date != null) {
            publications.add(date);
          }
        }
      }
    }
    priorities.forEach(b::priority);
    publications.forEach(b::publicationDate);
    return b.build();
  }

  private static Design design(DesignType d) {
    String product = text(d.getDesignTitleText());
    String locarno = null;
    if (d.getDesignClassificationBag() != null) {
      for (Object o :
          d.getDesignClassificationBag()
              .getLocarnoClassificationBagOrNationalDesignClassificationBag()) {
        if (o instanceof LocarnoClassificationBagType bag && locarno == null) {
          for (Object c :
              bag.getLocarnoClassificationOrSymbolPositionCodeAndLocarnoClassificationText()) {
            if (c instanceof LocarnoClassificationType classification && locarno == null) {
              locarno = classification.getLocarnoClass();
              if (!classification.getLocarnoSubclassBag().isEmpty()) {
                LocarnoSubclassBagType sub = classification.getLocarnoSubclassBag().get(0);
                locarno += "-" + sub.getLocarnoSubclass();
                if (product == null) {
                  product = text(sub.getLocarnoSubclassProductIndicationText());
                }
              }
            }
          }
        }
      }
    }
    List<String> views = new ArrayList<>();
    if (d.getDesignRepresentationBag() != null) {
      for (DesignRepresentationType r : d.getDesignRepresentationBag().getDesignRepresentation()) {
        if (r.getViewBag() != null) {
          r.getViewBag().getView().forEach(v -> views.add(v.getFileName()));
        }
      }
    }
    return new Design(product == null ? "" : product, locarno == null ? "" : locarno, views);
  }

  static JAXBElement<DesignApplicationType> write(FilingDocument f) {
    DesignApplicationType application = new DesignApplicationType();
    application.setRegistrationOfficeCode(f.officeCode());
    application.setApplicationNumber(applicationNumber(f.applicationNumber(), f.officeCode()));
    application.setDesignApplicationLanguageCode(f.language());
    application.setDesignTotalQuantity(BigInteger.valueOf(f.designs().size()));
    DesignApplicationCurrentStatusCategoryType applicationStatus = applicationStatus(f.status());
    if (applicationStatus != null) {
      application.setDesignApplicationCurrentStatusCategory(applicationStatus);
      application.setDesignApplicationCurrentStatusDate(date(TrademarkMapping.lastDate(f)));
    }
    DesignBagType designs = new DesignBagType();
    int number = 1;
    for (Design d : f.designs()) {
      designs.getDesign().add(design(f, d, number++));
    }
    application.setDesignBag(designs);
    application.setApplicantBag(applicants(f.applicants()));
    if (f.representative() != null) {
      application.setRepresentativeBag(CommonMapping.representativeBag(f.representative()));
    }
    DesignApplicationEventBagType events = new DesignApplicationEventBagType();
    for (LegalStatus.CodedEvent e : LegalStatus.coded(IpRight.DESIGN, f.history())) {
      DesignApplicationEventCategoryType category = applicationEvent(e.event().event());
      if (category != null) {
        DesignApplicationEventType event = new DesignApplicationEventType();
        event.setDesignApplicationEventCategory(category);
        event.setCommentText(ordered(comment(e), "en"));
        event.setDesignApplicationEventDate(date(e.event().date()));
        events.getDesignApplicationEvent().add(event);
      }
    }
    if (!events.getDesignApplicationEvent().isEmpty()) {
      application.setDesignApplicationEventBag(events);
    }
    application.setApplicationDate(date(f.filingDate()));
    application.setSt96Version(SafeXml.ST96_VERSION);
    return DGN.createDesignApplication(application);
  }

  private static DesignType design(FilingDocument f, Design d, int number) {
    DesignType design = new DesignType();
    design.setDesignIdentifier(identifier(Integer.toString(number)));
    design.setRegistrationNumber(f.registrationNumber());
    design.setRegistrationDate(date(f.registrationDate()));
    design.setDesignTitleText(localized(d.productIndication(), f.language()));
    design.setExpiryDate(date(f.expiryDate()));
    DesignCurrentStatusCategoryType status = designStatus(f.status());
    if (status != null) {
      design.setDesignCurrentStatusCategory(status);
      design.setDesignCurrentStatusDate(date(TrademarkMapping.lastDate(f)));
    }
    if (!d.views().isEmpty()) {
      ViewBagType views = new ViewBagType();
      int view = 1;
      for (String file : d.views()) {
        ViewType v = new ViewType();
        v.setFileName(file);
        v.setViewIdentifier(identifier(number + "." + view++));
        views.getView().add(v);
      }
      DesignRepresentationType representation = new DesignRepresentationType();
      representation.setViewBag(views);
      DesignRepresentationBagType bag = new DesignRepresentationBagType();
      bag.getDesignRepresentation().add(representation);
      design.setDesignRepresentationBag(bag);
    }
    design.setDesignClassificationBag(locarno(d, f.language()));
    if (!f.priorities().isEmpty()) {
      PriorityBagType bag = new PriorityBagType();
      for (Priority p : f.priorities()) {
        PriorityType priority = new PriorityType();
        priority.setPriorityCountryCode(p.officeCode());
        if (p.number() != null) {
          priority.setApplicationNumber(applicationNumber(p.number(), null));
        }
        priority.setPriorityApplicationFilingDate(date(p.date()));
        bag.getPriority().add(priority);
      }
      design.setPriorityBag(bag);
    }
    if (!f.publicationDates().isEmpty()) {
      PublicationBagType bag = new PublicationBagType();
      for (LocalDate date : f.publicationDates()) {
        PublicationType p = new PublicationType();
        p.setPublicationIdentifier(identifier(date.toString()));
        p.setPublicationDate(date(date));
        bag.getPublication().add(p);
      }
      design.setPublicationBag(bag);
    }
    design.setApplicantBag(applicants(f.applicants()));
    DesignEventBagType events = new DesignEventBagType();
    for (LegalStatus.CodedEvent e : LegalStatus.coded(IpRight.DESIGN, f.history())) {
      DesignEventCategoryType category = designEvent(e.event().event());
      if (category != null) {
        DesignEventType event = new DesignEventType();
        event.setDesignEventCategory(category);
        event.setCommentText(ordered(comment(e), "en"));
        event.setDesignEventDate(date(e.event().date()));
        events.getDesignEvent().add(event);
      }
    }
    if (!events.getDesignEvent().isEmpty()) {
      design.setDesignEventBag(events);
    }
    return design;
  }

  private static DesignClassificationBagType locarno(Design d, String language) {
    String[] parts = d.locarnoClass().split("-", 2);
    LocarnoClassificationType classification = new LocarnoClassificationType();
    classification.setLocarnoClass(parts[0]);
    if (parts.length == 2) {
      LocarnoSubclassBagType sub = new LocarnoSubclassBagType();
      sub.setLocarnoSubclass(parts[1]);
      sub.setLocarnoSubclassProductIndicationText(ordered(d.productIndication(), language));
      classification.getLocarnoSubclassBag().add(sub);
    }
    LocarnoClassificationBagType bag = new LocarnoClassificationBagType();
    bag.setLocarnoClassificationEdition(LOCARNO_EDITION);
    bag.getLocarnoClassificationOrSymbolPositionCodeAndLocarnoClassificationText()
        .add(classification);
    DesignClassificationBagType classifications = new DesignClassificationBagType();
    classifications.getLocarnoClassificationBagOrNationalDesignClassificationBag().add(bag);
    return classifications;
  }

  private static ApplicantBagType applicants(List<Party> parties) {
    ApplicantBagType bag = new ApplicantBagType();
    int sequence = 1;
    for (Party p : parties) {
      ApplicantType a = new ApplicantType();
      CommonMapping.countryWithoutAddress(p, a::getNationalityCode, a::getIncorporationCountryCode);
      a.getPartyIdentifierOrContactOrPublicationContact().add(CommonMapping.contact(p));
      a.setSequenceNumber(Integer.toString(sequence++));
      bag.getApplicant().add(a);
    }
    return bag;
  }

  private static String comment(LegalStatus.CodedEvent e) {
    return e.code().standard()
        + " "
        + e.code().keyEventCode()
        + " "
        + e.code().detailedEventCode()
        + " ("
        + e.event().event().name()
        + "): "
        + e.code().description();
  }

  private static DesignApplicationEventCategoryType applicationEvent(ProcedureEvent event) {
    return switch (event) {
      case RECEIVED -> DesignApplicationEventCategoryType.FILED;
      case WITHDRAWN, DEEMED_WITHDRAWN -> DesignApplicationEventCategoryType.WITHDRAWN;
      case REFUSED -> DesignApplicationEventCategoryType.REJECTED;
      case FILING_DATE_ACCORDED -> DesignApplicationEventCategoryType.UNDEFINED;
      default -> null;
    };
  }

  private static DesignEventCategoryType designEvent(ProcedureEvent event) {
    return switch (event) {
      case REGISTERED, GRANTED -> DesignEventCategoryType.REGISTERED;
      case LAPSED, EXPIRED -> DesignEventCategoryType.EXPIRED;
      case PUBLISHED, OPPOSITION_FILED, RENEWED -> DesignEventCategoryType.UNDEFINED;
      default -> null;
    };
  }

  private static DesignApplicationCurrentStatusCategoryType applicationStatus(
      ProcedureEvent status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case RECEIVED, FILING_DATE_ACCORDED -> DesignApplicationCurrentStatusCategoryType.FILED;
      case WITHDRAWN, DEEMED_WITHDRAWN -> DesignApplicationCurrentStatusCategoryType.WITHDRAWN;
      case REFUSED -> DesignApplicationCurrentStatusCategoryType.REJECTED;
      default -> null;
    };
  }

  private static DesignCurrentStatusCategoryType designStatus(ProcedureEvent status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case RECEIVED, FILING_DATE_ACCORDED -> DesignCurrentStatusCategoryType.FILED;
      case WITHDRAWN, DEEMED_WITHDRAWN -> DesignCurrentStatusCategoryType.WITHDRAWN;
      case REFUSED -> DesignCurrentStatusCategoryType.REJECTED;
      case REGISTERED, GRANTED, PUBLISHED, OPPOSITION_FILED, RENEWED ->
          DesignCurrentStatusCategoryType.REGISTERED;
      case LAPSED, EXPIRED -> DesignCurrentStatusCategoryType.EXPIRED;
    };
  }
}
