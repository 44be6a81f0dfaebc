package org.ipflow.workers.relativegrounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput.EarlierMark;

/**
 * The outcome of the relative-grounds search of a mark applied for: do earlier marks in the
 * register, in the same or related classes, come close enough to be put before the examiner or
 * notified?
 *
 * <p>An earlier mark is a hit when its {@link SimilarityScore} reaches the office's threshold. With
 * no hit the outcome is {@link #CLEAR}. With hits it depends on the office's {@link
 * RelativeGroundsPolicy}: {@link #OBJECTION_SUGGESTED} where the office examines relative grounds
 * of its own motion, {@link #NOTIFY_EARLIER_RIGHTS} where it leaves them to oppositions and informs
 * the applicant and the holders of the earlier marks.
 *
 * <p>Advisory only: a score measures how alike two word elements are, not whether the public would
 * be confused, which also depends on the goods and services themselves, the distinctiveness of the
 * earlier mark and the figurative elements. An objection is the examiner's, and the applicant is
 * heard before any refusal.
 */
public final class RelativeGroundsDecision {

  public static final String TYPE = "relative-grounds-search";
  public static final String VERSION = "1.0.0";

  /** No earlier mark reaches the threshold. */
  public static final String CLEAR = "CLEAR";

  /** Earlier marks reach the threshold and the office examines relative grounds ex officio. */
  public static final String OBJECTION_SUGGESTED = "OBJECTION_SUGGESTED";

  /** Earlier marks reach the threshold and the office notifies them instead of objecting. */
  public static final String NOTIFY_EARLIER_RIGHTS = "NOTIFY_EARLIER_RIGHTS";

  static final String LEGAL_BASIS =
      "Relative grounds for refusal: earlier identical or similar marks for identical or similar"
          + " goods or services (Paris Convention Art. 6bis; TRIPS Art. 16(1); Directive (EU)"
          + " 2015/2436 Art. 5(1); the office's trade-mark law on ex officio examination or"
          + " search and notification)";

  private static final Comparator<EarlierMark> RANKING =
      Comparator.comparingDouble(EarlierMark::score)
          .reversed()
          .thenComparing(EarlierMark::applicationNumber);

  public Decision decide(RelativeGroundsInput input) {
    List<EarlierMark> hits =
        input.candidates().stream()
            .filter(candidate -> candidate.score() >= input.scoreThreshold())
            .sorted(RANKING)
            .toList();
    List<Reason> reasons = new ArrayList<>();
    String outcome;
    if (hits.isEmpty()) {
      outcome = CLEAR;
      reasons.add(
          Reason.of(
              "RG00",
              "No earlier mark in the same or related classes reaches the score of "
                  + twoDecimals(input.scoreThreshold())
                  + " ("
                  + input.candidates().size()
                  + (input.candidates().size() == 1 ? " candidate" : " candidates")
                  + " compared).",
              twoDecimals(input.scoreThreshold()),
              input.candidates().size()));
    } else {
      for (EarlierMark hit : hits) {
        reasons.add(
            new Reason(
                hit.classRelation() == ClassRelation.SAME ? "RG01" : "RG02",
                describe(hit, input),
                describeArgs(hit, input)));
      }
      if (input.policy() == RelativeGroundsPolicy.EX_OFFICIO) {
        outcome = OBJECTION_SUGGESTED;
        reasons.add(
            new Reason(
                "RG10",
                "The office examines relative grounds of its own motion: an objection is"
                    + " suggested to the examiner, who decides whether the marks are confusable;"
                    + " the applicant is heard before any refusal."));
      } else {
        outcome = NOTIFY_EARLIER_RIGHTS;
        reasons.add(
            new Reason(
                "RG11",
                "The office does not refuse on relative grounds of its own motion: the applicant"
                    + " and the holders of the earlier marks found are notified; the holders may"
                    + " oppose once the application is published."));
      }
    }
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("hitCount", hits.size());
    List<Map<String, Object>> ranked = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Map<String, Object> row = snapshot(hits.get(i));
      row.put("rank", i + 1);
      ranked.add(row);
    }
    outputs.put("hits", ranked);
    return new Decision(TYPE, VERSION, outcome, reasons, inputs(input), outputs, LEGAL_BASIS);
  }

  private static String describe(EarlierMark hit, RelativeGroundsInput input) {
    String which =
        hit.registrationNumber() != null
            ? "Earlier mark " + hit.registrationNumber()
            : "Earlier application " + hit.applicationNumber();
    List<Integer> classes = RelatedNiceClasses.connecting(input.niceClasses(), hit.niceClasses());
    if (classes.isEmpty()) {
      classes = hit.niceClasses();
    }
    String classText =
        (classes.size() == 1 ? "class " : "classes ")
            + classes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    String relation =
        hit.classRelation() == ClassRelation.SAME
            ? (classes.size() == 1 ? "same class" : "same classes")
            : "related to the classes applied for";
    return which
        + " '"
        + hit.markText()
        + "' in "
        + classText
        + " ("
        + relation
        + "): text similarity "
        + twoDecimals(hit.textSimilarity())
        + ", phonetic "
        + twoDecimals(hit.phoneticSimilarity())
        + ", score "
        + twoDecimals(hit.score())
        + ".";
  }

  /**
   * The values of {@link #describe}: the earlier mark's registration or application number, its
   * text, its classes, its text and phonetic similarities and its score.
   */
  private static List<String> describeArgs(EarlierMark hit, RelativeGroundsInput input) {
    List<Integer> classes = RelatedNiceClasses.connecting(input.niceClasses(), hit.niceClasses());
    if (classes.isEmpty()) {
      classes = hit.niceClasses();
    }
    return List.of(
        hit.registrationNumber() != null ? hit.registrationNumber() : hit.applicationNumber(),
        hit.markText(),
        classes.stream().map(String::valueOf).collect(Collectors.joining(", ")),
        twoDecimals(hit.textSimilarity()),
        twoDecimals(hit.phoneticSimilarity()),
        twoDecimals(hit.score()));
  }

  private static Map<String, Object> inputs(RelativeGroundsInput input) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("markText", input.markText());
    inputs.put("niceClasses", List.copyOf(input.niceClasses()));
    inputs.put("policy", input.policy().name());
    inputs.put("scoreThreshold", input.scoreThreshold());
    Map<String, Object> method = new LinkedHashMap<>();
    method.put("markForms", MarkForms.VERSION);
    method.put("similarityScore", SimilarityScore.VERSION);
    method.put("relatedClasses", RelatedNiceClasses.VERSION);
    inputs.put("searchMethod", method);
    inputs.put(
        "candidates", input.candidates().stream().map(RelativeGroundsDecision::snapshot).toList());
    return inputs;
  }

  private static Map<String, Object> snapshot(EarlierMark mark) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("filingId", mark.filingId());
    row.put("applicationNumber", mark.applicationNumber());
    row.put("registrationNumber", mark.registrationNumber());
    row.put("markText", mark.markText());
    row.put("niceClasses", mark.niceClasses());
    row.put("classRelation", mark.classRelation().name());
    row.put("textSimilarity", mark.textSimilarity());
    row.put("phoneticSimilarity", mark.phoneticSimilarity());
    row.put("score", mark.score());
    return row;
  }

  private static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
