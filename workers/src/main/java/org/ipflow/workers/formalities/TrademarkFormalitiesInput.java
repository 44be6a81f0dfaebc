package org.ipflow.workers.formalities;

import java.util.List;

/**
 * What the formalities check of a trade-mark application looks at.
 *
 * @param applicantName the applicant's name as filed
 * @param applicantCountry the applicant's country as filed (ISO 3166-1 alpha-2 expected)
 * @param markText the word element of the mark, if any
 * @param markImagePresent whether a representation of the mark was filed as an image
 * @param goodsAndServices the list of goods and services, by Nice class
 */
public record TrademarkFormalitiesInput(
    String applicantName,
    String applicantCountry,
    String markText,
    boolean markImagePresent,
    List<ClassTerms> goodsAndServices) {

  public TrademarkFormalitiesInput {
    goodsAndServices = goodsAndServices == null ? List.of() : List.copyOf(goodsAndServices);
  }

  /**
   * The goods or services claimed in one Nice class.
   *
   * @param niceClass the Nice class number as filed
   * @param terms the terms claimed in that class
   */
  public record ClassTerms(int niceClass, List<String> terms) {
    public ClassTerms {
      terms = terms == null ? List.of() : List.copyOf(terms);
    }
  }
}
