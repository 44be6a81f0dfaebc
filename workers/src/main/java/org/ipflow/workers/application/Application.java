package org.ipflow.workers.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An application as the automated decisions see it, for every right: the parts a right does not use
 * are empty. Built by the platform from what was filed; snapshotted into the ledger by each
 * decision.
 *
 * @param right the right applied for
 * @param languageOfProceedings the language chosen for the proceedings (ISO 639-1)
 * @param applicant who applies
 * @param representative the appointed representative, or {@code null}
 * @param markText the word element of a mark, or {@code null}
 * @param markImagePresent whether an image of the mark was filed
 * @param goodsAndServices a mark's goods and services by Nice class
 * @param designs the designs of a (multiple) design application
 * @param designRepresentations how many reproductions of designs were filed
 * @param invention a patent's or utility model's bibliographic part, or {@code null}
 * @param descriptionDocumentPresent whether a description was filed as a document
 * @param priorityClaims the priorities claimed
 */
public record Application(
    Right right,
    String languageOfProceedings,
    Party applicant,
    Party representative,
    String markText,
    boolean markImagePresent,
    List<ClassTerms> goodsAndServices,
    List<Design> designs,
    int designRepresentations,
    Invention invention,
    boolean descriptionDocumentPresent,
    List<PriorityClaim> priorityClaims) {

  public Application {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(applicant, "applicant");
    goodsAndServices = goodsAndServices == null ? List.of() : List.copyOf(goodsAndServices);
    designs = designs == null ? List.of() : List.copyOf(designs);
    priorityClaims = priorityClaims == null ? List.of() : List.copyOf(priorityClaims);
  }

  /** The rights the office grants. */
  public enum Right {
    TRADEMARK,
    DESIGN,
    PATENT,
    UTILITY_MODEL
  }

  /**
   * A party: an applicant or a representative.
   *
   * @param kind {@code NATURAL_PERSON} or {@code LEGAL_ENTITY}
   * @param sme whether a legal entity is a small or medium-sized enterprise (fee reductions)
   */
  public record Party(String name, String country, String address, String kind, boolean sme) {}

  /** The goods and services claimed in one Nice class. */
  public record ClassTerms(int niceClass, List<String> terms) {
    public ClassTerms {
      terms = terms == null ? List.of() : List.copyOf(terms);
    }
  }

  /** One design of a design application. */
  public record Design(String productIndication, String locarnoClass) {}

  /**
   * The bibliographic part of a patent or utility-model application.
   *
   * @param earlierApplication a reference to an earlier application replacing the description, or
   *     {@code null}
   */
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

  /** A claimed priority (or a referenced earlier application). */
  public record PriorityClaim(String office, String applicationNumber, LocalDate date) {}
}
