package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A filing as the office holds it.
 *
 * @param content what was filed (as corrected in answers to notices)
 * @param fee the fee computed for it, or {@code null} before the fee decision
 * @param registration its registration, or {@code null} while not registered
 */
public record Filing(
    UUID id,
    ApplicationNumber applicationNumber,
    IpRight ipRight,
    FilingStatus status,
    LocalDate filingDate,
    Instant receivedAt,
    String filedBy,
    Content content,
    Fee fee,
    Registration registration,
    int version) {

  public Applicant applicant() {
    return content.applicant();
  }

  public Mark mark() {
    return content.mark();
  }

  /**
   * Its seniority, for conflicts with other rights: the earliest priority date claimed, or else the
   * filing date.
   */
  public LocalDate seniority() {
    if (content.priorityClaims() == null) {
      return filingDate;
    }
    return content.priorityClaims().stream()
        .map(PriorityClaim::date)
        .filter(d -> d != null && (filingDate == null || d.isBefore(filingDate)))
        .min(Comparator.naturalOrder())
        .orElse(filingDate);
  }

  public List<ClassTerms> goodsAndServices() {
    return content.goodsAndServices();
  }

  /**
   * What an application contains, for every right; the parts a right does not use are empty.
   *
   * @param languageOfProceedings the language the applicant chose among the office's languages
   * @param representative the appointed representative, or {@code null}
   * @param mark a mark's word element (an image is filed as a document)
   * @param designs the designs of a (multiple) design application
   * @param invention a patent's or utility model's bibliographic part, or {@code null}
   * @param priorityClaims the priorities claimed
   * @param deferPublicationMonths for designs: publication deferred by this many months (0 = none)
   */
  public record Content(
      String languageOfProceedings,
      Applicant applicant,
      Party representative,
      Mark mark,
      List<ClassTerms> goodsAndServices,
      List<Design> designs,
      Invention invention,
      List<PriorityClaim> priorityClaims,
      int deferPublicationMonths) {

    public Content {
      goodsAndServices = goodsAndServices == null ? List.of() : List.copyOf(goodsAndServices);
      designs = designs == null ? List.of() : List.copyOf(designs);
      priorityClaims = priorityClaims == null ? List.of() : List.copyOf(priorityClaims);
      mark = mark == null ? new Mark(null) : mark;
    }

    /**
     * What the fee of an application of {@code right} counts: classes for marks, designs for
     * designs, claims for inventions.
     */
    public int feeUnits(IpRight right) {
      return switch (right) {
        case TRADEMARK -> goodsAndServices.size();
        case DESIGN -> designs.size();
        case PATENT, UTILITY_MODEL -> invention == null ? 0 : invention.claimsCount();
      };
    }
  }

  /**
   * The applicant as filed.
   *
   * @param kind {@code NATURAL_PERSON} or {@code LEGAL_ENTITY}
   * @param sme whether a legal entity declares itself a small or medium-sized enterprise
   */
  public record Applicant(
      String name,
      String country,
      String address,
      String email,
      String kind,
      boolean sme,
      GlobalId globalId) {

    public Applicant(
        String name, String country, String address, String email, String kind, boolean sme) {
      this(name, country, address, email, kind, sme, null);
    }

    public Applicant(String name, String country, String address, String email) {
      this(name, country, address, email, "LEGAL_ENTITY", false, null);
    }

    /**
     * The category the fee reductions know: {@code NATURAL_PERSON}, {@code SME} or another entity.
     */
    public String feeCategory() {
      if ("NATURAL_PERSON".equals(kind)) {
        return "NATURAL_PERSON";
      }
      return sme ? "SME" : "LEGAL_ENTITY";
    }
  }

  /** A representative (agent) of the applicant. */
  public record Party(
      String name, String country, String address, String email, GlobalId globalId) {

    public Party(String name, String country, String address, String email) {
      this(name, country, address, email, null);
    }
  }

  /**
   * A party's global identifier (WIPO CWS Rec. 1(e)iii), as the filer gave it.
   *
   * @param scheme e.g. {@code LEI} (ISO 17442, legal entities) or {@code OFFICE} (a party number
   *     this office assigned)
   */
  public record GlobalId(String scheme, String value) {}

  /** The mark: its word element, if any. */
  public record Mark(String text) {}

  /** The goods and services claimed in one Nice class. */
  public record ClassTerms(int niceClass, List<String> terms) {
    public ClassTerms {
      terms = List.copyOf(terms);
    }
  }

  /** One design of a design application. */
  public record Design(String productIndication, String locarnoClass) {}

  /** The bibliographic part of a patent or utility-model application. */
  public record Invention(
      String title,
      String description,
      int claimsCount,
      PriorityClaim earlierApplication,
      List<String> ipcSymbols) {
    public Invention {
      ipcSymbols = ipcSymbols == null ? List.of() : List.copyOf(ipcSymbols);
    }
  }

  /** A claimed priority: the earlier application's office, number and date. */
  public record PriorityClaim(String office, String applicationNumber, LocalDate date) {}

  /** The fee due. */
  public record Fee(BigDecimal amount, String currency) {}

  /** The registration (or grant) of the right. */
  public record Registration(String number, LocalDate date, LocalDate expiryDate) {}
}
