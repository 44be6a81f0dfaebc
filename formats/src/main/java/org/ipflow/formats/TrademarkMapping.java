package org.ipflow.formats;

import static org.ipflow.formats.CommonMapping.applicationNumber;
import static org.ipflow.formats.CommonMapping.blankToNull;
import static org.ipflow.formats.CommonMapping.date;
import static org.ipflow.formats.CommonMapping.identifier;
import static org.ipflow.formats.CommonMapping.localized;
import static org.ipflow.formats.CommonMapping.ordered;
import static org.ipflow.formats.CommonMapping.text;

import jakarta.xml.bind.JAXBElement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ipflow.formats.FilingDocument.GoodsServices;
import org.ipflow.formats.FilingDocument.Mark;
import org.ipflow.formats.FilingDocument.MarkFeature;
import org.ipflow.formats.FilingDocument.Party;
import org.ipflow.formats.FilingDocument.Priority;
import org.ipflow.formats.st96.generated.common.ApplicationNumberType;
import org.ipflow.formats.st96.generated.trademark.ApplicantBagType;
import org.ipflow.formats.st96.generated.trademark.ApplicantType;
import org.ipflow.formats.st96.generated.trademark.ClassDescriptionBagType;
import org.ipflow.formats.st96.generated.trademark.ClassDescriptionType;
import org.ipflow.formats.st96.generated.trademark.GoodsServicesBagType;
import org.ipflow.formats.st96.generated.trademark.GoodsServicesClassificationBagType;
import org.ipflow.formats.st96.generated.trademark.GoodsServicesClassificationType;
import org.ipflow.formats.st96.generated.trademark.GoodsServicesType;
import org.ipflow.formats.st96.generated.trademark.MarkEventBagType;
import org.ipflow.formats.st96.generated.trademark.MarkEventCategoryType;
import org.ipflow.formats.st96.generated.trademark.MarkEventType;
import org.ipflow.formats.st96.generated.trademark.MarkFeatureCategoryType;
import org.ipflow.formats.st96.generated.trademark.MarkImageBagType;
import org.ipflow.formats.st96.generated.trademark.MarkImageType;
import org.ipflow.formats.st96.generated.trademark.MarkRepresentationType;
import org.ipflow.formats.st96.generated.trademark.MarkReproductionType;
import org.ipflow.formats.st96.generated.trademark.NationalMarkEventType;
import org.ipflow.formats.st96.generated.trademark.ObjectFactory;
import org.ipflow.formats.st96.generated.trademark.PriorityBagType;
import org.ipflow.formats.st96.generated.trademark.PriorityType;
import org.ipflow.formats.st96.generated.trademark.PublicationBagType;
import org.ipflow.formats.st96.generated.trademark.PublicationType;
import org.ipflow.formats.st96.generated.trademark.TrademarkApplicationType;
import org.ipflow.formats.st96.generated.trademark.TrademarkBagType;
import org.ipflow.formats.st96.generated.trademark.TrademarkType;
import org.ipflow.formats.st96.generated.trademark.WordMarkSpecificationType;

/**
 * Trade marks: {@code tmk:TrademarkApplication} with one {@code tmk:Trademark}. The export uses the
 * same document for a registered mark: {@code tmk:Trademark} carries the registration number and
 * date, expiry, current status and the event history, so one schema and one mapping serve the whole
 * life of the mark (a bare {@code TrademarkBag} has no flattened document schema of its own in
 * V6.0).
 */
final class TrademarkMapping {

  private static final ObjectFactory TMK = new ObjectFactory();

  private TrademarkMapping() {}

  static FilingDocument read(TrademarkApplicationType application) {
    List<TrademarkType> marks = application.getTrademarkBag().getTrademark();
    if (marks.size() != 1) {
      // One application per submission: a second mark would otherwise be dropped unseen.
      throw new St96Exception(
          "TrademarkBag holds "
              + marks.size()
              + " trademarks; one application is one trademark: file each on its own");
    }
    TrademarkType mark = marks.get(0);
    FilingDocument.Builder b = FilingDocument.builder(IpRight.TRADEMARK);
    for (Object n : mark.getApplicationNumberOrRegistrationNumber()) {
      if (n instanceof ApplicationNumberType number) {
        b.applicationNumber(applicationNumber(number));
        b.officeCode(number.getIPOfficeCode());
      } else if (n instanceof String registration) {
        b.registrationNumber(blankToNull(registration));
      }
    }
    if (mark.getRegistrationOfficeCode() != null) {
      b.officeCode(mark.getRegistrationOfficeCode());
    }
    b.filingDate(date(mark.getApplicationDate()));
    if (mark.getApplicationDate() == null && mark.getApplicationDateTime() != null) {
      b.filingDate(
          mark.getApplicationDateTime().toGregorianCalendar().toZonedDateTime().toLocalDate());
    }
    b.language(mark.getApplicationLanguageCode());
    b.registrationDate(date(mark.getRegistrationDate()));
    b.expiryDate(date(mark.getExpiryDate()));
    if (mark.getApplicantBag() != null) {
      for (ApplicantType a : mark.getApplicantBag().getApplicant()) {
        Party p =
            CommonMapping.partyFromChoices(
                a.getLegalEntityNameOrPartyIdentifierOrContact(),
                a.getNationalityCode(),
                a.getIncorporationCountryCode());
        if (p != null) {
          b.applicant(p);
        }
      }
    }
    b.representative(CommonMapping.representative(mark.getRepresentativeBag()));
    b.mark(mark(mark.getMarkRepresentation()));
    readGoodsServices(mark.getGoodsServicesBag(), b);
    if (mark.getPriorityBag() != null) {
      int number = 0;
      for (PriorityType p : mark.getPriorityBag().getPriority()) {
        LocalDate date = CommonMapping.priorityDate(p.getPriorityApplicationFilingDate(), ++number);
        b.priority(
            new Priority(
                p.getPriorityCountryCode(), applicationNumber(p.getApplicationNumber()), date));
      }
    }
    if (mark.getPublicationBag() != null) {
      for (PublicationType p : mark.getPublicationBag().getPublication()) {
        LocalDate date = date(p.getPublicationDate());
        if (date != null) {
          b.publicationDate(date);
        }
      }
    }
    return b.build();
  }

  private static Mark mark(MarkRepresentationType representation) {
    if (representation == null) {
      return null;
    }
    MarkFeature feature =
        representation.getMarkFeatureCategory() == null
            ? null
            : MarkFeature.fromSt96Name(representation.getMarkFeatureCategory().value());
    String word = null;
    String image = null;
    for (Object o :
        representation
            .getMarkReproduction()
            .getWordMarkSpecificationOrMarkImageBagOrMarkSoundBag()) {
      if (o instanceof WordMarkSpecificationType spec && word == null) {
        word =
            spec.getMarkVerbalElementText() != null
                ? text(spec.getMarkVerbalElementText())
                : text(spec.getMarkSignificantVerbalElementText());
      } else if (o instanceof MarkImageBagType images && image == null) {
        image = images.getMarkImage().isEmpty() ? null : images.getMarkImage().get(0).getFileName();
      }
    }
    if (word == null && image == null) {
      return null;
    }
    if (feature == null) {
      feature = image == null ? MarkFeature.WORD : MarkFeature.FIGURATIVE;
    }
    return new Mark(word, feature, image);
  }

  private static void readGoodsServices(GoodsServicesBagType bag, FilingDocument.Builder b) {
    if (bag == null) {
      return;
    }
    for (GoodsServicesType gs : bag.getGoodsServices()) {
      Set<Integer> classified = new TreeSet<>();
      if (gs.getGoodsServicesClassificationBag() != null) {
        for (GoodsServicesClassificationType c :
            gs.getGoodsServicesClassificationBag().getGoodsServicesClassification()) {
          classified.add(niceClass(c.getClassNumber()));
        }
      }
      if (gs.getClassDescriptionBag() == null) {
        classified.forEach(niceClass -> b.goodsServices(new GoodsServices(niceClass, null)));
        continue;
      }
      Set<Integer> described = new TreeSet<>();
      for (ClassDescriptionType c : gs.getClassDescriptionBag().getClassDescription()) {
        Integer niceClass = niceClass(c.getClassNumber());
        described.add(niceClass);
        b.goodsServices(new GoodsServices(niceClass, text(c.getGoodsServicesDescriptionText())));
      }
      // Which one the applicant meant cannot be told: neither list is taken over the other.
      if (!classified.isEmpty() && !classified.equals(described)) {
        throw new St96Exception(
            "GoodsServicesClassificationBag lists classes "
                + classified
                + " but ClassDescriptionBag describes classes "
                + described
                + ": they must be the same");
      }
    }
  }

  /** A class number as written, which the office then checks against the classification. */
  private static Integer niceClass(String number) {
    try {
      return Integer.valueOf(number == null ? "" : number.strip());
    } catch (NumberFormatException e) {
      throw new St96Exception("ClassNumber '" + number + "' is not a class number");
    }
  }

  static JAXBElement<TrademarkApplicationType> write(FilingDocument f) {
    TrademarkType mark = new TrademarkType();
    mark.setRegistrationOfficeCode(f.officeCode());
    mark.getApplicationNumberOrRegistrationNumber()
        .add(applicationNumber(f.applicationNumber(), f.officeCode()));
    if (f.registrationNumber() != null) {
      mark.getApplicationNumberOrRegistrationNumber().add(f.registrationNumber());
    }
    mark.setApplicationDate(date(f.filingDate()));
    mark.setRegistrationDate(date(f.registrationDate()));
    mark.setApplicationLanguageCode(f.language());
    mark.setExpiryDate(date(f.expiryDate()));
    if (f.status() != null) {
      mark.setMarkCurrentStatusCode(currentStatus(f.status()));
      mark.setMarkCurrentStatusDate(date(lastDate(f)));
    }
    if (f.mark() != null) {
      mark.setMarkRepresentation(representation(f.mark(), f.language()));
    }
    if (!f.goodsAndServices().isEmpty()) {
      mark.setGoodsServicesBag(goodsServices(f));
    }
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
      mark.setPriorityBag(bag);
    }
    if (!f.publicationDates().isEmpty()) {
      PublicationBagType bag = new PublicationBagType();
      for (LocalDate d : f.publicationDates()) {
        PublicationType p = new PublicationType();
        p.setPublicationIdentifier(identifier(d.toString()));
        p.setPublicationDate(date(d));
        bag.getPublication().add(p);
      }
      mark.setPublicationBag(bag);
    }
    if (!f.applicants().isEmpty()) {
      ApplicantBagType bag = new ApplicantBagType();
      int sequence = 1;
      for (Party p : f.applicants()) {
        ApplicantType a = new ApplicantType();
        a.getLegalEntityNameOrPartyIdentifierOrContact().add(CommonMapping.contact(p));
        CommonMapping.countryWithoutAddress(
            p, a::getNationalityCode, a::getIncorporationCountryCode);
        a.setSequenceNumber(Integer.toString(sequence++));
        bag.getApplicant().add(a);
      }
      mark.setApplicantBag(bag);
    }
    if (f.representative() != null) {
      mark.setRepresentativeBag(CommonMapping.representativeBag(f.representative()));
    }
    if (!f.history().isEmpty()) {
      mark.setMarkEventBag(events(f));
    }
    TrademarkBagType bag = new TrademarkBagType();
    bag.getTrademark().add(mark);
    TrademarkApplicationType application = new TrademarkApplicationType();
    application.setTrademarkBag(bag);
    application.setSt96Version(SafeXml.ST96_VERSION);
    return TMK.createTrademarkApplication(application);
  }

  private static MarkRepresentationType representation(Mark m, String language) {
    MarkReproductionType reproduction = new MarkReproductionType();
    if (m.wordElement() != null) {
      WordMarkSpecificationType word = new WordMarkSpecificationType();
      word.setMarkVerbalElementText(localized(m.wordElement(), language));
      word.setMarkSignificantVerbalElementText(localized(m.wordElement(), language));
      reproduction.getWordMarkSpecificationOrMarkImageBagOrMarkSoundBag().add(word);
    }
    if (m.imageFileName() != null) {
      MarkImageType image = new MarkImageType();
      image.setFileName(m.imageFileName());
      MarkImageBagType images = new MarkImageBagType();
      images.getMarkImage().add(image);
      reproduction.getWordMarkSpecificationOrMarkImageBagOrMarkSoundBag().add(images);
    }
    MarkRepresentationType representation = new MarkRepresentationType();
    representation.setMarkFeatureCategory(
        MarkFeatureCategoryType.fromValue(m.feature().st96Name()));
    representation.setMarkReproduction(reproduction);
    return representation;
  }

  private static GoodsServicesBagType goodsServices(FilingDocument f) {
    GoodsServicesClassificationBagType classification = new GoodsServicesClassificationBagType();
    ClassDescriptionBagType descriptions = new ClassDescriptionBagType();
    for (GoodsServices gs : f.goodsAndServices()) {
      GoodsServicesClassificationType c = new GoodsServicesClassificationType();
      c.getClassificationKindCode().add("Nice");
      c.setClassNumber(Integer.toString(gs.niceClass()));
      classification.getGoodsServicesClassification().add(c);
      ClassDescriptionType d = new ClassDescriptionType();
      d.setClassNumber(Integer.toString(gs.niceClass()));
      d.getGoodsServicesDescriptionText()
          .add(ordered(gs.description() == null ? "" : gs.description(), f.language()));
      descriptions.getClassDescription().add(d);
    }
    GoodsServicesType gs = new GoodsServicesType();
    gs.setGoodsServicesClassificationBag(classification);
    gs.setClassDescriptionBag(descriptions);
    GoodsServicesBagType bag = new GoodsServicesBagType();
    bag.getGoodsServices().add(gs);
    return bag;
  }

  private static MarkEventBagType events(FilingDocument f) {
    MarkEventBagType bag = new MarkEventBagType();
    for (LegalStatus.CodedEvent e : LegalStatus.coded(IpRight.TRADEMARK, f.history())) {
      NationalMarkEventType national = new NationalMarkEventType();
      national.setMarkEventCode(e.code().detailedEventCode());
      national.getMarkEventDescriptionText().add(e.event().event().name());
      national.setMarkEventAdditionalText(
          e.code().standard()
              + " "
              + e.code().stateCode()
              + e.previousStageCode()
              + e.code().stageCode()
              + " "
              + e.code().keyEventCode()
              + " "
              + e.code().detailedEventCode()
              + ": "
              + e.code().description());
      MarkEventType event = new MarkEventType();
      event.setMarkEventCategory(MarkEventCategoryType.fromValue(eventCategory(e.event().event())));
      event.setNationalMarkEvent(national);
      event.setMarkEventDate(date(e.event().date()));
      bag.getMarkEvent().add(event);
    }
    return bag;
  }

  /** ST.96 {@code tmk:MarkEventCategoryType} of a platform event. */
  static String eventCategory(ProcedureEvent event) {
    return switch (event) {
      case RECEIVED -> "Application filed";
      case FILING_DATE_ACCORDED -> "Filing date accorded";
      case PUBLISHED -> "Application published";
      case OPPOSITION_FILED -> "Opposition pending";
      case REGISTERED, GRANTED -> "Registration published";
      case REFUSED -> "Application refused";
      case WITHDRAWN, DEEMED_WITHDRAWN -> "Application withdrawn";
      case LAPSED, EXPIRED -> "Registration cancelled";
      case RENEWED -> "National prosecution history entry";
    };
  }

  /** ST.96 {@code tmk:MarkCurrentStatusCategoryType} of the status a platform event leads to. */
  static String currentStatus(ProcedureEvent event) {
    return switch (event) {
      case RECEIVED -> "Application Filed";
      case FILING_DATE_ACCORDED -> "Filing date accorded";
      case PUBLISHED -> "Application published";
      case OPPOSITION_FILED -> "Opposition pending";
      case REGISTERED, GRANTED, RENEWED -> "Registration published";
      case REFUSED -> "Application refused";
      case WITHDRAWN, DEEMED_WITHDRAWN -> "Application withdrawn";
      case LAPSED, EXPIRED -> "Registration cancelled";
    };
  }

  static LocalDate lastDate(FilingDocument f) {
    return f.history().isEmpty() ? null : f.history().get(f.history().size() - 1).date();
  }
}
