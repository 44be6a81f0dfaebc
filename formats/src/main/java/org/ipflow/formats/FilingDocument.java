package org.ipflow.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filing as the formats module reads and writes it: neutral, free of any framework and of the
 * ST.96 binding, for the platform to map its own model to and from. Lists are never null (empty
 * when absent); optional single values are null when absent.
 *
 * @param right the IP right, always stated by the caller
 * @param applicationNumber the ST.13 application number (15 digits); on an incoming filing it is
 *     the client's placeholder, which the office replaces
 * @param officeCode the WIPO ST.3 code of the office (e.g. {@code EM}, {@code XX})
 * @param filingDate the filing date, or null before one is accorded
 * @param language the ISO 639-1 code of the language of the filing
 * @param applicants the applicants, in order
 * @param representative the representative, or null
 * @param mark the mark (trade marks only)
 * @param goodsAndServices goods and services by Nice class (trade marks only)
 * @param designs the designs of the application (designs only; a multiple application has several)
 * @param invention the invention (patents and utility models only)
 * @param priorities the priority claims
 * @param status the current status, as the event that led to it, or null
 * @param history the status history, oldest first
 * @param registrationNumber the registration (or patent) number, or null
 * @param registrationDate the registration (or grant) date, or null
 * @param expiryDate the date the right expires, or null
 * @param publicationDates the dates the application or right was published, oldest first
 */
public record FilingDocument(
    IpRight right,
    String applicationNumber,
    String officeCode,
    LocalDate filingDate,
    String language,
    List<Party> applicants,
    Party representative,
    Mark mark,
    List<GoodsServices> goodsAndServices,
    List<Design> designs,
    Invention invention,
    List<Priority> priorities,
    ProcedureEvent status,
    List<StatusEvent> history,
    String registrationNumber,
    LocalDate registrationDate,
    LocalDate expiryDate,
    List<LocalDate> publicationDates) {

  public FilingDocument {
    Objects.requireNonNull(right, "right");
    applicants = List.copyOf(nullToEmpty(applicants));
    goodsAndServices = List.copyOf(nullToEmpty(goodsAndServices));
    designs = List.copyOf(nullToEmpty(designs));
    priorities = List.copyOf(nullToEmpty(priorities));
    history = List.copyOf(nullToEmpty(history));
    publicationDates = List.copyOf(nullToEmpty(publicationDates));
  }

  /** Whether a party is a natural person or a legal entity. */
  public enum PartyKind {
    NATURAL_PERSON,
    LEGAL_ENTITY
  }

  /**
   * An applicant or representative.
   *
   * @param name full name of the person, or name of the legal entity
   * @param kind natural person or legal entity
   * @param addressLines street address lines (may be empty)
   * @param city city, or null
   * @param postalCode postal code, or null
   * @param countryCode ISO 3166-1 alpha-2 code of the country of the address (or, without an
   *     address, of nationality or incorporation)
   */
  public record Party(
      String name,
      PartyKind kind,
      List<String> addressLines,
      String city,
      String postalCode,
      String countryCode) {
    public Party {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      addressLines = List.copyOf(nullToEmpty(addressLines));
    }
  }

  /**
   * ST.96 mark feature categories ({@code tmk:MarkFeatureCategoryType}); {@link #st96Name()} is the
   * value in the schema.
   */
  public enum MarkFeature {
    WORD("Word"),
    STYLIZED_CHARACTERS("Stylized characters"),
    FIGURATIVE("Figurative"),
    COMBINED("Combined"),
    THREE_DIMENSIONAL("Three dimensional"),
    COLOUR("Colour"),
    SOUND("Sound"),
    HOLOGRAM("Hologram"),
    OLFACTORY("Olfactory"),
    MOTION("Motion"),
    MULTIMEDIA("Multimedia"),
    POSITION("Position"),
    TOUCH("Touch"),
    TASTE("Taste"),
    TRACER("Tracer"),
    OTHER("Other");

    private final String st96Name;

    MarkFeature(String st96Name) {
      this.st96Name = st96Name;
    }

    public String st96Name() {
      return st96Name;
    }

    public static MarkFeature fromSt96Name(String name) {
      for (MarkFeature feature : values()) {
        if (feature.st96Name.equals(name)) {
          return feature;
        }
      }
      throw new IllegalArgumentException("not an ST.96 mark feature category: " + name);
    }
  }

  /**
   * The mark.
   *
   * @param wordElement the text of the word element, or null for a purely figurative mark
   * @param feature the mark feature category
   * @param imageFileName the file name of the representation, or null
   */
  public record Mark(String wordElement, MarkFeature feature, String imageFileName) {
    public Mark {
      Objects.requireNonNull(feature, "feature");
      if (wordElement == null && imageFileName == null) {
        throw new IllegalArgumentException("a mark has a word element or a representation");
      }
    }
  }

  /** Goods and services of one Nice class. */
  public record GoodsServices(int niceClass, String description) {
    public GoodsServices {
      if (niceClass < 1 || niceClass > 45) {
        throw new IllegalArgumentException("Nice classes run from 1 to 45: " + niceClass);
      }
    }
  }

  /**
   * One design.
   *
   * @param productIndication the product(s) the design is applied to
   * @param locarnoClass Locarno class and subclass, {@code "06-01"} (or the class alone, {@code
   *     "06"})
   * @param views file names of the views, in order
   */
  public record Design(String productIndication, String locarnoClass, List<String> views) {
    public Design {
      Objects.requireNonNull(productIndication, "productIndication");
      Objects.requireNonNull(locarnoClass, "locarnoClass");
      views = List.copyOf(nullToEmpty(views));
    }
  }

  /**
   * The invention.
   *
   * @param title title of the invention
   * @param abstractText the abstract, or null
   * @param description the paragraphs of the description
   * @param claims the text of each claim, in order (empty when filed as page images)
   * @param claimCount the number of claims (the declared total where the claims are not in text)
   * @param ipcSymbols IPC symbols, e.g. {@code "A47J 31/44"}
   */
  public record Invention(
      String title,
      String abstractText,
      List<String> description,
      List<String> claims,
      int claimCount,
      List<String> ipcSymbols) {
    public Invention {
      Objects.requireNonNull(title, "title");
      description = List.copyOf(nullToEmpty(description));
      claims = List.copyOf(nullToEmpty(claims));
      ipcSymbols = List.copyOf(nullToEmpty(ipcSymbols));
      if (claimCount < claims.size()) {
        claimCount = claims.size();
      }
    }
  }

  /** A priority claim (Paris Convention): office of first filing, its number and date. */
  public record Priority(String officeCode, String number, LocalDate date) {
    public Priority {
      Objects.requireNonNull(officeCode, "officeCode");
      Objects.requireNonNull(date, "date");
    }
  }

  public static Builder builder(IpRight right) {
    return new Builder(right);
  }

  /** A builder that starts from this document. */
  public Builder toBuilder() {
    Builder b = new Builder(right);
    b.applicationNumber = applicationNumber;
    b.officeCode = officeCode;
    b.filingDate = filingDate;
    b.language = language;
    b.applicants.addAll(applicants);
    b.representative = representative;
    b.mark = mark;
    b.goodsAndServices.addAll(goodsAndServices);
    b.designs.addAll(designs);
    b.invention = invention;
    b.priorities.addAll(priorities);
    b.status = status;
    b.history.addAll(history);
    b.registrationNumber = registrationNumber;
    b.registrationDate = registrationDate;
    b.expiryDate = expiryDate;
    b.publicationDates.addAll(publicationDates);
    return b;
  }

  /** Builds a {@link FilingDocument} field by field. */
  public static final class Builder {
    private final IpRight right;
    private String applicationNumber;
    private String officeCode;
    private LocalDate filingDate;
    private String language;
    private final List<Party> applicants = new ArrayList<>();
    private Party representative;
    private Mark mark;
    private final List<GoodsServices> goodsAndServices = new ArrayList<>();
    private final List<Design> designs = new ArrayList<>();
    private Invention invention;
    private final List<Priority> priorities = new ArrayList<>();
    private ProcedureEvent status;
    private final List<StatusEvent> history = new ArrayList<>();
    private String registrationNumber;
    private LocalDate registrationDate;
    private LocalDate expiryDate;
    private final List<LocalDate> publicationDates = new ArrayList<>();

    private Builder(IpRight right) {
      this.right = Objects.requireNonNull(right, "right");
    }

    public Builder applicationNumber(String value) {
      applicationNumber = value;
      return this;
    }

    public Builder officeCode(String value) {
      officeCode = value;
      return this;
    }

    public Builder filingDate(LocalDate value) {
      filingDate = value;
      return this;
    }

    public Builder language(String value) {
      language = value;
      return this;
    }

    public Builder applicant(Party value) {
      applicants.add(value);
      return this;
    }

    public Builder representative(Party value) {
      representative = value;
      return this;
    }

    public Builder mark(Mark value) {
      mark = value;
      return this;
    }

    public Builder goodsServices(GoodsServices value) {
      goodsAndServices.add(value);
      return this;
    }

    public Builder design(Design value) {
      designs.add(value);
      return this;
    }

    public Builder invention(Invention value) {
      invention = value;
      return this;
    }

    public Builder priority(Priority value) {
      priorities.add(value);
      return this;
    }

    public Builder status(ProcedureEvent value) {
      status = value;
      return this;
    }

    /** Adds an event to the history and makes it the current status. */
    public Builder event(ProcedureEvent event, LocalDate date) {
      history.add(new StatusEvent(event, date));
      status = event;
      return this;
    }

    public Builder registrationNumber(String value) {
      registrationNumber = value;
      return this;
    }

    public Builder registrationDate(LocalDate value) {
      registrationDate = value;
      return this;
    }

    public Builder expiryDate(LocalDate value) {
      expiryDate = value;
      return this;
    }

    public Builder publicationDate(LocalDate value) {
      publicationDates.add(value);
      return this;
    }

    public FilingDocument build() {
      return new FilingDocument(
          right,
          applicationNumber,
          officeCode,
          filingDate,
          language,
          applicants,
          representative,
          mark,
          goodsAndServices,
          designs,
          invention,
          priorities,
          status,
          history,
          registrationNumber,
          registrationDate,
          expiryDate,
          publicationDates);
    }
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
