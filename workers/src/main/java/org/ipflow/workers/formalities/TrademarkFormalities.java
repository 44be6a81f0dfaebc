package org.ipflow.workers.formalities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Checks that a trade-mark application carries the elements the office needs before it can be
 * examined: an identified applicant, a representation of the mark and a list of goods and services
 * classified in the Nice classification. A pure function: same input, same decision.
 */
public final class TrademarkFormalities {

  public static final String TYPE = "trademark-formalities";
  public static final String VERSION = "1.0.0";
  public static final String COMPLETE = "COMPLETE";
  public static final String DEFICIENT = "DEFICIENT";
  static final String LEGAL_BASIS =
      "Filing requirements for trade-mark applications (Singapore Treaty on the Law of Trademarks,"
          + " Art. 3 and Rule 3; Nice Agreement, Art. 2)";

  private static final int FIRST_NICE_CLASS = 1;
  private static final int LAST_NICE_CLASS = 45;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Decision decide(TrademarkFormalitiesInput input) {
    List<Reason> deficiencies = new ArrayList<>();
    if (isBlank(input.applicantName())) {
      deficiencies.add(new Reason("F01", "The applicant's name is missing."));
    }
    if (input.applicantCountry() == null || !COUNTRIES.contains(input.applicantCountry())) {
      deficiencies.add(
          Reason.of(
              "F02",
              "The applicant's country '"
                  + input.applicantCountry()
                  + "' is not an ISO 3166-1 alpha-2 country code.",
              input.applicantCountry()));
    }
    if (isBlank(input.markText()) && !input.markImagePresent()) {
      deficiencies.add(
          new Reason(
              "F03", "There is no representation of the mark: neither a text nor an image."));
    }
    checkGoodsAndServices(input.goodsAndServices(), deficiencies);

    List<Reason> reasons =
        deficiencies.isEmpty()
            ? List.of(new Reason("F00", "Every filing requirement for a trade mark is met."))
            : deficiencies;
    return new Decision(
        TYPE,
        VERSION,
        deficiencies.isEmpty() ? COMPLETE : DEFICIENT,
        reasons,
        snapshot(input),
        Map.of("deficiencyCount", deficiencies.size()),
        LEGAL_BASIS);
  }

  private static void checkGoodsAndServices(
      List<TrademarkFormalitiesInput.ClassTerms> classes, List<Reason> deficiencies) {
    boolean anyTerm = false;
    Set<Integer> seen = new HashSet<>();
    for (TrademarkFormalitiesInput.ClassTerms entry : classes) {
      int niceClass = entry.niceClass();
      if (niceClass < FIRST_NICE_CLASS || niceClass > LAST_NICE_CLASS) {
        deficiencies.add(
            Reason.of(
                "F05",
                "Class " + niceClass + " is not a class of the Nice classification (1-45).",
                niceClass));
      }
      if (!seen.add(niceClass)) {
        deficiencies.add(
            Reason.of(
                "F06",
                "Class " + niceClass + " is listed more than once; list each class once.",
                niceClass));
      }
      if (entry.terms().isEmpty()) {
        deficiencies.add(
            Reason.of("F07", "Class " + niceClass + " lists no goods or services.", niceClass));
      }
      for (String term : entry.terms()) {
        if (isBlank(term)) {
          deficiencies.add(
              Reason.of("F07", "Class " + niceClass + " contains an empty term.", niceClass));
        } else {
          anyTerm = true;
        }
      }
    }
    if (!anyTerm) {
      deficiencies.add(new Reason("F04", "The list of goods and services is empty."));
    }
  }

  private static Map<String, Object> snapshot(TrademarkFormalitiesInput input) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("applicantName", input.applicantName());
    snapshot.put("applicantCountry", input.applicantCountry());
    snapshot.put("markText", input.markText());
    snapshot.put("markImagePresent", input.markImagePresent());
    List<Map<String, Object>> classes = new ArrayList<>();
    for (TrademarkFormalitiesInput.ClassTerms entry : input.goodsAndServices()) {
      classes.add(Map.of("niceClass", entry.niceClass(), "terms", entry.terms()));
    }
    snapshot.put("goodsAndServices", classes);
    return snapshot;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
