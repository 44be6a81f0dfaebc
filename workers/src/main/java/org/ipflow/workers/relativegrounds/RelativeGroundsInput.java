package org.ipflow.workers.relativegrounds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the relative-grounds decision sees: the mark applied for, the office's setting, and the
 * earlier marks the register search found, with their scores. The candidates are part of the input
 * (and so of the ledger's snapshot): the decision can be replayed without the register as it was.
 *
 * @param markText the word element of the mark applied for
 * @param niceClasses the Nice classes applied for
 * @param policy whether hits ground a suggested objection or are notified
 * @param scoreThreshold an earlier mark scoring at least this is a hit (0 exclusive to 1)
 * @param candidates the earlier marks found, whatever their score
 */
public record RelativeGroundsInput(
    String markText,
    Set<Integer> niceClasses,
    RelativeGroundsPolicy policy,
    double scoreThreshold,
    List<EarlierMark> candidates) {

  public RelativeGroundsInput {
    Objects.requireNonNull(markText, "markText");
    Objects.requireNonNull(policy, "policy");
    if (!(scoreThreshold > 0.0 && scoreThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "the score threshold must be in (0, 1]: " + scoreThreshold);
    }
    niceClasses =
        niceClasses == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(niceClasses));
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  /**
   * The input as a decision recorded it ({@link org.ipflow.workers.decision.Decision#inputs()}),
   * read back from the ledger's JSON snapshot, for replaying the decision.
   */
  public static RelativeGroundsInput fromSnapshot(Map<String, ?> inputs) {
    List<EarlierMark> candidates = new ArrayList<>();
    for (Object entry : (List<?>) inputs.get("candidates")) {
      Map<?, ?> row = (Map<?, ?>) entry;
      candidates.add(
          new EarlierMark(
              (String) row.get("filingId"),
              (String) row.get("applicationNumber"),
              (String) row.get("registrationNumber"),
              (String) row.get("markText"),
              integers(row.get("niceClasses")),
              ClassRelation.valueOf((String) row.get("classRelation")),
              ((Number) row.get("textSimilarity")).doubleValue(),
              ((Number) row.get("phoneticSimilarity")).doubleValue(),
              ((Number) row.get("score")).doubleValue()));
    }
    return new RelativeGroundsInput(
        (String) inputs.get("markText"),
        new TreeSet<>(integers(inputs.get("niceClasses"))),
        RelativeGroundsPolicy.valueOf((String) inputs.get("policy")),
        ((Number) inputs.get("scoreThreshold")).doubleValue(),
        candidates);
  }

  private static List<Integer> integers(Object list) {
    return ((List<?>) list).stream().map(n -> ((Number) n).intValue()).toList();
  }

  /**
   * An earlier mark found by the search.
   *
   * @param filingId the earlier mark's filing in this office
   * @param applicationNumber its ST.13 application number
   * @param registrationNumber its registration number, or {@code null} for a published application
   * @param markText its word element
   * @param niceClasses its Nice classes
   * @param classRelation whether it shares a class searched or is in a related class only
   * @param textSimilarity trigram similarity of the normalized forms, 0 to 1
   * @param phoneticSimilarity similarity of the phonetic keys, 0 to 1
   * @param score the {@link SimilarityScore} the search ranked it by
   */
  public record EarlierMark(
      String filingId,
      String applicationNumber,
      String registrationNumber,
      String markText,
      List<Integer> niceClasses,
      ClassRelation classRelation,
      double textSimilarity,
      double phoneticSimilarity,
      double score) {

    public EarlierMark {
      Objects.requireNonNull(applicationNumber, "applicationNumber");
      Objects.requireNonNull(markText, "markText");
      Objects.requireNonNull(classRelation, "classRelation");
      niceClasses = niceClasses == null ? List.of() : List.copyOf(new TreeSet<>(niceClasses));
    }
  }
}
