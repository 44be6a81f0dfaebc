package org.ipflow.platform.search;

import java.util.List;
import java.util.UUID;
import org.ipflow.workers.relativegrounds.ClassRelation;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput;

/**
 * An earlier mark the search found.
 *
 * @param filingId the earlier mark's filing
 * @param applicationNumber its application number
 * @param registrationNumber its registration number, or {@code null} for a published application
 * @param markText its word element
 * @param niceClasses its Nice classes
 * @param textSimilarity trigram similarity of the normalized forms, 0 to 1
 * @param phoneticSimilarity similarity of the phonetic keys, 0 to 1
 * @param classRelation whether it shares a class searched ({@code SAME}) or is in a related class
 *     only ({@code RELATED})
 * @param score the {@link org.ipflow.workers.relativegrounds.SimilarityScore} hits are ranked by
 */
public record SearchHit(
    UUID filingId,
    String applicationNumber,
    String registrationNumber,
    String markText,
    List<Integer> niceClasses,
    double textSimilarity,
    double phoneticSimilarity,
    ClassRelation classRelation,
    double score) {

  public SearchHit {
    niceClasses = List.copyOf(niceClasses);
  }

  /** This hit as a candidate of the relative-grounds decision. */
  public RelativeGroundsInput.EarlierMark asEarlierMark() {
    return new RelativeGroundsInput.EarlierMark(
        filingId.toString(),
        applicationNumber,
        registrationNumber,
        markText,
        niceClasses,
        classRelation,
        textSimilarity,
        phoneticSimilarity,
        score);
  }
}
