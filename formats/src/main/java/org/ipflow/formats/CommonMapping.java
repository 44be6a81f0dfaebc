package org.ipflow.formats;

import jakarta.xml.bind.JAXBElement;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ipflow.formats.FilingDocument.Party;
import org.ipflow.formats.FilingDocument.PartyKind;
import org.ipflow.formats.st96.generated.common.AddressLineTextType;
import org.ipflow.formats.st96.generated.common.ApplicationNumberType;
import org.ipflow.formats.st96.generated.common.ContactType;
import org.ipflow.formats.st96.generated.common.EntityNameType;
import org.ipflow.formats.st96.generated.common.IdentifierType;
import org.ipflow.formats.st96.generated.common.LocalizedTextType;
import org.ipflow.formats.st96.generated.common.NameType;
import org.ipflow.formats.st96.generated.common.OrderedTextType;
import org.ipflow.formats.st96.generated.common.OrganizationNameType;
import org.ipflow.formats.st96.generated.common.PType;
import org.ipflow.formats.st96.generated.common.PersonNameType;
import org.ipflow.formats.st96.generated.common.PhraseType;
import org.ipflow.formats.st96.generated.common.PostalAddressBagType;
import org.ipflow.formats.st96.generated.common.PostalAddressType;
import org.ipflow.formats.st96.generated.common.PostalStructuredAddressType;
import org.ipflow.formats.st96.generated.common.RepresentativeBagType;
import org.ipflow.formats.st96.generated.common.RepresentativeType;

/** Mapping of the ST.96 Common namespace, shared by every right. */
final class CommonMapping {

  private CommonMapping() {}

  // --- dates: com:DateType is a union of date, gYear and gYearMonth, bound as text

  static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /**
   * A calendar date as XML Schema writes one, with or without a time zone ({@code 2025-11-14},
   * {@code 2025-11-14Z}, {@code 2025-11-14+05:00}: the day is the day written); {@code null} for a
   * year or a year and month alone, which is not a date the platform can use.
   */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The date of the {@code number}th priority claim: a claim is never dropped for its date, which
   * would take the applicant's priority away unseen; a missing or partial date is refused.
   */
  static LocalDate priorityDate(String text, int number) {
    LocalDate date = date(text);
    if (date == null) {
      throw new St96Exception(
          "Priority "
              + number
              + ": "
              + (text == null || text.isBlank()
                  ? "the earlier application's filing date is missing"
                  : "the earlier application's filing date '"
                      + text.strip()
                      + "' is not a full date (YYYY-MM-DD)"));
    }
    return date;
  }

  // --- texts

  static LocalizedTextType localized(String text, String language) {
    LocalizedTextType t = new LocalizedTextType();
    t.setValue(text);
    t.setLanguageCode(language);
    return t;
  }

  static OrderedTextType ordered(String text, String language) {
    OrderedTextType t = new OrderedTextType();
    t.setValue(text);
    t.setLanguageCode(language);
    return t;
  }

  static String text(LocalizedTextType t) {
    return t == null ? null : blankToNull(t.getValue());
  }

  static String text(List<? extends LocalizedTextType> texts) {
    if (texts == null || texts.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (LocalizedTextType t : texts) {
      if (t.getValue() != null && !t.getValue().isBlank()) {
        parts.add(t.getValue().strip());
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  static PhraseType phrase(String text) {
    PhraseType p = new PhraseType();
    p.getContent().add(text);
    return p;
  }

  static PType paragraph(String text, int number) {
    PType p = new PType();
    p.getContent().add(text);
    p.setPNumber(String.format("%04d", number));
    return p;
  }

  /** The text of mixed content, with the text of nested inline elements (bold, sub, ...). */
  static String mixedText(List<? extends Serializable> content) {
    StringBuilder out = new StringBuilder();
    appendMixed(content, out);
    String text = out.toString().replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? null : text;
  }

  private static void appendMixed(List<?> content, StringBuilder out) {
    if (content == null) {
      return;
    }
    for (Object item : content) {
      Object value = item instanceof JAXBElement<?> e ? e.getValue() : item;
      if (value instanceof String s) {
        out.append(s);
      } else if (value != null) {
        List<?> nested = nestedContent(value);
        if (nested != null) {
          appendMixed(nested, out);
        }
      }
    }
  }

  /** The mixed content of a generated inline element, found by its {@code getContent()}. */
  private static List<?> nestedContent(Object value) {
    try {
      Object content = value.getClass().getMethod("getContent").invoke(value);
      return content instanceof List<?> list ? list : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static IdentifierType identifier(String value) {
    IdentifierType id = new IdentifierType();
    id.setValue(value);
    return id;
  }

  // --- application numbers

  static ApplicationNumberType applicationNumber(String number, String officeCode) {
    ApplicationNumberType n = new ApplicationNumberType();
    n.setIPOfficeCode(officeCode);
    if (St13.isValid(number)) {
      n.setST13ApplicationNumber(number);
    } else {
      n.setApplicationNumberText(number == null ? "" : number);
    }
    return n;
  }

  static String applicationNumber(ApplicationNumberType n) {
    if (n == null) {
      return null;
    }
    return n.getST13ApplicationNumber() != null
        ? n.getST13ApplicationNumber()
        : blankToNull(n.getApplicationNumberText());
  }

  // --- parties

  /** A {@code com:Contact}: the name and, where known, the postal address. */
  static ContactType contact(Party party) {
    ContactType contact = new ContactType();
    NameType name = new NameType();
    if (party.kind() == PartyKind.NATURAL_PERSON) {
      PersonNameType person = new PersonNameType();
      person.setPersonFullName(party.name());
      name.getPersonNameOrOrganizationNameOrEntityName().add(person);
    } else {
      OrganizationNameType organization = new OrganizationNameType();
      organization.setOrganizationStandardName(phrase(party.name()));
      name.getPersonNameOrOrganizationNameOrEntityName().add(organization);
    }
    contact.setName(name);
    if (hasAddress(party)) {
      PostalStructuredAddressType structured = new PostalStructuredAddressType();
      int line = 1;
      for (String text : party.addressLines()) {
        AddressLineTextType addressLine = new AddressLineTextType();
        addressLine.setValue(text);
        addressLine.setSequenceNumber(Integer.toString(line++));
        structured.getAddressLineText().add(addressLine);
      }
      structured.setCityName(party.city());
      structured.setCountryCode(party.countryCode());
      structured.setPostalCode(party.postalCode());
      PostalAddressType address = new PostalAddressType();
      address.setPostalStructuredAddress(structured);
      PostalAddressBagType bag = new PostalAddressBagType();
      bag.getPostalAddress().add(address);
      contact.setPostalAddressBag(bag);
    }
    return contact;
  }

  static boolean hasAddress(Party party) {
    return !party.addressLines().isEmpty() && party.countryCode() != null;
  }

  /**
   * A party from a contact. {@code legalEntityName} (a {@code com:LegalEntityName} beside the
   * contact) and {@code countryFallback} (nationality or incorporation) fill what the contact
   * lacks.
   */
  static Party party(ContactType contact, String legalEntityName, String countryFallback) {
    String name = null;
    PartyKind kind = legalEntityName != null ? PartyKind.LEGAL_ENTITY : PartyKind.NATURAL_PERSON;
    List<String> lines = new ArrayList<>();
    String city = null;
    String postalCode = null;
    String country = countryFallback;
    if (contact != null && contact.getName() != null) {
      for (Object n : contact.getName().getPersonNameOrOrganizationNameOrEntityName()) {
        if (n instanceof PersonNameType person && name == null) {
          name = personName(person);
          kind = PartyKind.NATURAL_PERSON;
        } else if (n instanceof OrganizationNameType organization && name == null) {
          name = mixedText(organization.getOrganizationStandardName().getContent());
          kind = PartyKind.LEGAL_ENTITY;
        } else if (n instanceof EntityNameType entity && name == null) {
          name = mixedText(entity.getContent());
          kind = PartyKind.LEGAL_ENTITY;
        }
      }
    }
    if (contact != null && contact.getPostalAddressBag() != null) {
      for (PostalAddressType address : contact.getPostalAddressBag().getPostalAddress()) {
        PostalStructuredAddressType s = address.getPostalStructuredAddress();
        if (s != null) {
          s.getAddressLineText().forEach(l -> lines.add(l.getValue()));
          city = s.getCityName();
          postalCode = s.getPostalCode();
          country = s.getCountryCode();
          break;
        }
        address.getPostalAddressText().forEach(t -> lines.add(t.getValue()));
      }
    }
    if (name == null && contact != null && contact.getContactText() != null) {
      name = mixedText(contact.getContactText().getContent());
    }
    if (name == null) {
      name = legalEntityName;
    }
    if (name == null) {
      return null;
    }
    return new Party(name, kind, lines, city, postalCode, country);
  }

  private static String personName(PersonNameType person) {
    if (person.getPersonFullName() != null) {
      return person.getPersonFullName();
    }
    var s = person.getPersonStructuredName();
    if (s == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (s.getFirstName() != null) {
      parts.add(s.getFirstName());
    }
    if (s.getMiddleName() != null) {
      parts.add(s.getMiddleName());
    }
    if (s.getLastName() != null) {
      parts.add(s.getLastName());
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** The first party found in a list of choices (LegalEntityName, PartyIdentifier, Contact...). */
  static Party partyFromChoices(
      List<Object> choices, List<String> nationality, List<String> incorporation) {
    ContactType contact = null;
    String legalEntityName = null;
    for (Object o : choices) {
      if (o instanceof ContactType c && contact == null) {
        contact = c;
      } else if (o instanceof String s && legalEntityName == null) {
        legalEntityName = s;
      }
    }
    String fallback =
        !incorporation.isEmpty()
            ? incorporation.get(0)
            : nationality.isEmpty() ? null : nationality.get(0);
    return party(contact, legalEntityName, fallback);
  }

  /** A {@code com:RepresentativeBag} with one representative. */
  static RepresentativeBagType representativeBag(Party party) {
    RepresentativeType representative = new RepresentativeType();
    representative.getLegalEntityNameOrPartyIdentifierOrContact().add(contact(party));
    countryWithoutAddress(
        party, representative::getNationalityCode, representative::getIncorporationCountryCode);
    representative.setSequenceNumber("1");
    RepresentativeBagType bag = new RepresentativeBagType();
    bag.getRepresentative().add(representative);
    return bag;
  }

  static Party representative(RepresentativeBagType bag) {
    if (bag == null) {
      return null;
    }
    for (RepresentativeType r : bag.getRepresentative()) {
      Party p =
          partyFromChoices(
              r.getLegalEntityNameOrPartyIdentifierOrContact(),
              r.getNationalityCode(),
              r.getIncorporationCountryCode());
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /** Keeps the country of a party without an address as its nationality or incorporation. */
  static void countryWithoutAddress(
      Party party, Supplier<List<String>> nationality, Supplier<List<String>> incorporation) {
    // The lists are xsd:list values: asking for one creates it, and an empty one is written as an
    // empty, invalid element. So only the one that gets a value is asked for.
    if (!hasAddress(party) && party.countryCode() != null) {
      (party.kind() == PartyKind.NATURAL_PERSON ? nationality : incorporation)
          .get()
          .add(party.countryCode());
    }
  }
}
