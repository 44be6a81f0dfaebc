package org.ipflow.formats;

import static org.ipflow.formats.CommonMapping.applicationNumber;
import static org.ipflow.formats.CommonMapping.blankToNull;
import static org.ipflow.formats.CommonMapping.date;
import static org.ipflow.formats.CommonMapping.mixedText;

import jakarta.xml.bind.JAXBElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ipflow.formats.FilingDocument.Invention;
import org.ipflow.formats.FilingDocument.Party;
import org.ipflow.formats.FilingDocument.PartyKind;
import org.ipflow.formats.FilingDocument.Priority;
import org.ipflow.formats.st96.generated.common.ContactType;
import org.ipflow.formats.st96.generated.common.PType;
import org.ipflow.formats.st96.generated.patent.AbstractType;
import org.ipflow.formats.st96.generated.patent.ApplicantBagType;
import org.ipflow.formats.st96.generated.patent.ApplicantType;
import org.ipflow.formats.st96.generated.patent.ApplicationIdentificationType;
import org.ipflow.formats.st96.generated.patent.BibliographicDataType;
import org.ipflow.formats.st96.generated.patent.ClaimTextType;
import org.ipflow.formats.st96.generated.patent.ClaimType;
import org.ipflow.formats.st96.generated.patent.ClaimsType;
import org.ipflow.formats.st96.generated.patent.DescriptionType;
import org.ipflow.formats.st96.generated.patent.IPCRClassificationBagType;
import org.ipflow.formats.st96.generated.patent.IPCRClassificationType;
import org.ipflow.formats.st96.generated.patent.InventionTitleBagType;
import org.ipflow.formats.st96.generated.patent.InventionTitleType;
import org.ipflow.formats.st96.generated.patent.ObjectFactory;
import org.ipflow.formats.st96.generated.patent.PartyBagType;
import org.ipflow.formats.st96.generated.patent.PatentClassificationBagType;
import org.ipflow.formats.st96.generated.patent.PatentGrantIdentificationType;
import org.ipflow.formats.st96.generated.patent.PatentPublicationIdentificationType;
import org.ipflow.formats.st96.generated.patent.PatentPublicationType;
import org.ipflow.formats.st96.generated.patent.PriorityClaimBagType;
import org.ipflow.formats.st96.generated.patent.PriorityClaimType;
import org.ipflow.formats.st96.generated.patent.RegisteredPractitionerBagType;
import org.ipflow.formats.st96.generated.patent.RegisteredPractitionerCategoryType;
import org.ipflow.formats.st96.generated.patent.RegisteredPractitionerType;
import org.ipflow.formats.st96.generated.patent.body.ApplicationBodyType;

/**
 * Patents and utility models. A filing is two official documents, {@code pat:BibliographicData} and
 * {@code pat:ApplicationBody}; the export is one {@code pat:PatentPublication}. The right (patent
 * or utility model) is the caller's: {@code pat:InventionSubjectMatterCategory} is not read and not
 * written (its 'Utility' means a utility patent). A utility model export is told apart by its ST.16
 * kind code ({@code U1}) and, in the legal-status export, by {@code IPRightKindCategory} 'Utility
 * model'.
 */
final class PatentMapping {

  private static final ObjectFactory PAT = new ObjectFactory();
  private static final org.ipflow.formats.st96.generated.common.ObjectFactory COM =
      new org.ipflow.formats.st96.generated.common.ObjectFactory();
  private static final String GENERATED = "org.ipflow.formats.st96.generated.";

  private PatentMapping() {}

  static FilingDocument read(IpRight right, BibliographicDataType bib, ApplicationBodyType body) {
    FilingDocument.Builder b = FilingDocument.builder(right);
    ApplicationIdentificationType id = bib.getApplicationIdentification();
    b.officeCode(id.getIPOfficeCode());
    b.applicationNumber(applicationNumber(id.getApplicationNumber()));
    b.filingDate(date(id.getFilingDate()));
    String language =
        id.getFilingLanguageCode() != null
            ? id.getFilingLanguageCode()
            : bib.getFilingLanguageCode();
    b.language(language != null ? language : body.getLanguageCode());
    PatentGrantIdentificationType grant = bib.getPatentGrantIdentification();
    if (grant != null) {
      b.registrationNumber(blankToNull(grant.getPatentNumber()));
      b.registrationDate(date(grant.getGrantDate()));
    }
    PatentPublicationIdentificationType publication = bib.getPatentPublicationIdentification();
    if (publication != null && date(publication.getPublicationDate()) != null) {
      b.publicationDate(date(publication.getPublicationDate()));
    }
    if (bib.getPriorityClaimBag() != null) {
      int number = 0;
      for (PriorityClaimType p : bib.getPriorityClaimBag().getPriorityClaim()) {
        LocalDate date = CommonMapping.priorityDate(p.getFilingDate(), ++number);
        b.priority(
            new Priority(p.getIPOfficeCode(), applicationNumber(p.getApplicationNumber()), date));
      }
    }
    if (bib.getPartyBag() != null) {
      for (Object o : bib.getPartyBag().getApplicantBagOrInventorBagOrOwnerBag()) {
        if (o instanceof ApplicantBagType applicants) {
          for (ApplicantType a : applicants.getApplicant()) {
            String country =
                a.getResidenceCountryCode() != null
                    ? a.getResidenceCountryCode()
                    : a.getNationalityCode().isEmpty() ? null : a.getNationalityCode().get(0);
            Party p =
                CommonMapping.party(contact(a.getContactOrPublicationContact()), null, country);
            if (p != null) {
              b.applicant(p);
            }
          }
        } else if (o instanceof RegisteredPractitionerBagType practitioners) {
          for (RegisteredPractitionerType r : practitioners.getRegisteredPractitioner()) {
            Party p = CommonMapping.party(contact(r.getContactOrPublicationContact()), null, null);
            if (p != null) {
              b.representative(p);
              break;
            }
          }
        }
      }
    }
    String title = null;
    if (bib.getInventionTitleBag() != null) {
      for (InventionTitleType t : bib.getInventionTitleBag().getInventionTitle()) {
        title = mixedText(t.getContent());
        if (title != null) {
          break;
        }
      }
    }
    List<String> ipc = new ArrayList<>();
    if (bib.getPatentClassificationBag() != null) {
      for (Object o :
          bib.getPatentClassificationBag()
              .getCPCClassificationBagOrIPCClassificationOrECLAClassificationBag()) {
        if (o instanceof IPCRClassificationBagType bag) {
          for (IPCRClassificationType c : bag.getIPCRClassification()) {
            String symbol = ipcSymbol(c);
            if (symbol != null) {
              ipc.add(symbol);
            }
          }
        }
      }
    }
    List<String> claims = new ArrayList<>();
    if (body.getClaims() != null) {
      for (Object o : body.getClaims().getClaimOrP()) {
        if (o instanceof org.ipflow.formats.st96.generated.patent.body.ClaimType claim) {
          List<String> parts = new ArrayList<>();
          claim.getClaimText().forEach(t -> addIfPresent(parts, mixedText(t.getContent())));
          claims.add(String.join(" ", parts));
        }
      }
    }
    List<String> description = new ArrayList<>();
    paragraphs(body.getDescription(), description);
    List<String> abstractParagraphs = new ArrayList<>();
    paragraphs(body.getAbstract(), abstractParagraphs);
    int declared = bib.getClaimTotalQuantity() == null ? 0 : bib.getClaimTotalQuantity().intValue();
    b.invention(
        new Invention(
            title == null ? "" : title,
            abstractParagraphs.isEmpty() ? null : String.join("\n", abstractParagraphs),
            description,
            claims,
            Math.max(declared, claims.size()),
            ipc));
    return b.build();
  }

  private static ContactType contact(List<Object> choices) {
    for (Object o : choices) {
      if (o instanceof ContactType c) {
        return c;
      }
    }
    return null;
  }

  private static String ipcSymbol(IPCRClassificationType c) {
    if (c.getPatentClassificationText() != null) {
      return c.getPatentClassificationText().strip();
    }
    if (c.getPatentClassificationSymbolText() != null) {
      return c.getPatentClassificationSymbolText().strip();
    }
    if (c.getSection() == null) {
      return null;
    }
    String symbol = c.getSection().value() + c.getClazz() + c.getSubclass();
    if (c.getMainGroup() != null) {
      symbol += " " + c.getMainGroup() + "/" + (c.getSubgroup() == null ? "00" : c.getSubgroup());
    }
    return symbol;
  }

  private static void addIfPresent(List<String> list, String text) {
    if (text != null) {
      list.add(text);
    }
  }

  /** Every {@code com:P} below {@code node}, in document order, as plain text. */
  private static void paragraphs(Object node, List<String> out) {
    if (node == null) {
      return;
    }
    if (node instanceof JAXBElement<?> e) {
      paragraphs(e.getValue(), out);
    } else if (node instanceof PType p) {
      addIfPresent(out, mixedText(p.getContent()));
    } else if (node instanceof List<?> list) {
      list.forEach(item -> paragraphs(item, out));
    } else if (node.getClass().getName().startsWith(GENERATED)) {
      for (Class<?> c = node.getClass(); c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
            try {
              f.setAccessible(true);
              paragraphs(f.get(node), out);
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
        }
      }
    }
  }

  static JAXBElement<PatentPublicationType> write(FilingDocument f) {
    Invention invention =
        f.invention() != null ? f.invention() : new Invention("", null, null, null, 0, null);
    String language = f.language() == null ? "en" : f.language();
    PatentPublicationType publication = new PatentPublicationType();
    publication.setIPOfficeCode(f.officeCode());
    publication.setBibliographicData(bibliographicData(f, invention, language));
    if (!invention.description().isEmpty()) {
      DescriptionType description = new DescriptionType();
      int n = 1;
      for (String paragraph : invention.description()) {
        description
            .getTechnicalFieldOrBackgroundArtOrDisclosure()
            .add(COM.createP(CommonMapping.paragraph(paragraph, n++)));
      }
      publication.getDescription().add(description);
    }
    ClaimsType claims = new ClaimsType();
    int number = 1;
    for (String text : invention.claims()) {
      ClaimTextType claimText = new ClaimTextType();
      claimText.getContent().add(text);
      ClaimType claim = new ClaimType();
      claim.getClaimNumberOrClaimNumberRange().add(Integer.toString(number++));
      claim.getClaimText().add(claimText);
      claims.getClaimOrP().add(claim);
    }
    if (claims.getClaimOrP().isEmpty()) {
      // Filed without claims in text (PLT offices accord a filing date without them): the
      // schema requires the element, so it holds one empty paragraph.
      claims.getClaimOrP().add(new PType());
    }
    publication.setClaims(claims);
    if (invention.abstractText() != null) {
      AbstractType abstractType = new AbstractType();
      abstractType.getP().add(CommonMapping.paragraph(invention.abstractText(), 1));
      abstractType.setLanguageCode(language);
      publication.getAbstract().add(abstractType);
    }
    publication.setLanguageCode(language);
    publication.setSt96Version(SafeXml.ST96_VERSION);
    return PAT.createPatentPublication(publication);
  }

  private static BibliographicDataType bibliographicData(
      FilingDocument f, Invention invention, String language) {
    BibliographicDataType bib = new BibliographicDataType();
    if (!f.publicationDates().isEmpty()) {
      PatentPublicationIdentificationType p = new PatentPublicationIdentificationType();
      p.setIPOfficeCode(f.officeCode());
      // Published under its application number, as offices such as DE do.
      p.setPublicationNumber(f.applicationNumber());
      p.setPatentDocumentKindCode(f.right() == IpRight.UTILITY_MODEL ? "U1" : "A1");
      p.setPublicationDate(date(f.publicationDates().get(0)));
      bib.setPatentPublicationIdentification(p);
    }
    bib.setApplicationIdentification(applicationIdentification(f));
    if (f.registrationNumber() != null) {
      PatentGrantIdentificationType grant = new PatentGrantIdentificationType();
      grant.setIPOfficeCode(f.officeCode());
      grant.setPatentNumber(f.registrationNumber());
      grant.setPatentDocumentKindCode(grantKindCode(f));
      grant.setGrantDate(date(f.registrationDate()));
      bib.setPatentGrantIdentification(grant);
    }
    if (!f.priorities().isEmpty()) {
      PriorityClaimBagType bag = new PriorityClaimBagType();
      int sequence = 1;
      for (Priority p : f.priorities()) {
        PriorityClaimType claim = new PriorityClaimType();
        claim.setIPOfficeCode(p.officeCode());
        if (p.number() != null) {
          claim.setApplicationNumber(applicationNumber(p.number(), null));
        }
        claim.setFilingDate(date(p.date()));
        claim.setSequenceNumber(Integer.toString(sequence++));
        bag.getPriorityClaim().add(claim);
      }
      bib.setPriorityClaimBag(bag);
    }
    if (!invention.ipcSymbols().isEmpty()) {
      IPCRClassificationBagType ipcr = new IPCRClassificationBagType();
      for (String symbol : invention.ipcSymbols()) {
        IPCRClassificationType c = new IPCRClassificationType();
        c.setPatentClassificationText(symbol);
        ipcr.getIPCRClassification().add(c);
      }
      PatentClassificationBagType classification = new PatentClassificationBagType();
      classification.getCPCClassificationBagOrIPCClassificationOrECLAClassificationBag().add(ipcr);
      bib.setPatentClassificationBag(classification);
    }
    InventionTitleType title = new InventionTitleType();
    title.getContent().add(invention.title());
    title.setLanguageCode(language);
    InventionTitleBagType titles = new InventionTitleBagType();
    titles.getInventionTitle().add(title);
    bib.setInventionTitleBag(titles);
    bib.setClaimTotalQuantity(BigInteger.valueOf(invention.claimCount()));
    PartyBagType parties = new PartyBagType();
    if (!f.applicants().isEmpty()) {
      ApplicantBagType applicants = new ApplicantBagType();
      for (Party p : f.applicants()) {
        ApplicantType a = new ApplicantType();
        a.getContactOrPublicationContact().add(CommonMapping.contact(p));
        if (!CommonMapping.hasAddress(p) && p.countryCode() != null) {
          a.setResidenceCountryCode(p.countryCode());
        }
        applicants.getApplicant().add(a);
      }
      parties.getApplicantBagOrInventorBagOrOwnerBag().add(applicants);
    }
    if (f.representative() != null) {
      RegisteredPractitionerType r = new RegisteredPractitionerType();
      r.setRegisteredPractitionerCategory(
          f.representative().kind() == PartyKind.NATURAL_PERSON
              ? RegisteredPractitionerCategoryType.ATTORNEY
              : RegisteredPractitionerCategoryType.AGENT);
      r.getContactOrPublicationContact().add(CommonMapping.contact(f.representative()));
      r.setSequenceNumber("1");
      RegisteredPractitionerBagType practitioners = new RegisteredPractitionerBagType();
      practitioners.getRegisteredPractitioner().add(r);
      parties.getApplicantBagOrInventorBagOrOwnerBag().add(practitioners);
    }
    bib.setPartyBag(parties);
    bib.setFilingLanguageCode(f.language());
    bib.setSt96Version(SafeXml.ST96_VERSION);
    return bib;
  }

  static ApplicationIdentificationType applicationIdentification(FilingDocument f) {
    ApplicationIdentificationType id = new ApplicationIdentificationType();
    id.setIPOfficeCode(f.officeCode());
    id.setApplicationNumber(applicationNumber(f.applicationNumber(), f.officeCode()));
    id.setFilingDate(date(f.filingDate()));
    return id;
  }

  /**
   * ST.16 kind code of the grant: U1 for a utility model, B1 for a patent granted without an
   * earlier publication of the application, B2 after one.
   */
  private static String grantKindCode(FilingDocument f) {
    if (f.right() == IpRight.UTILITY_MODEL) {
      return "U1";
    }
    return f.publicationDates().isEmpty() ? "B1" : "B2";
  }
}
