package org.ipflow.workers.classification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ipflow.workers.classification.ClassificationInput.DesignClaim;
import org.ipflow.workers.classification.ClassificationInput.NiceClaim;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Checks the classification of an application and fills in what is missing: Nice classes for the
 * goods and services of a trade mark, Locarno class and subclass for the product of a design, IPC
 * symbols for a patent or utility model.
 *
 * <p>Declared values are validated against the classification. For marks and designs, each term or
 * product is also compared with what the matcher finds most likely: a declared class is plausible
 * when it is among the matcher's three likeliest classes, or when the matcher is not confident
 * about the wording at all. Missing classes are suggested when the matcher's confidence reaches the
 * threshold; below it, and wherever a declared value is invalid or implausible, an examiner
 * decides. IPC suggestions stop at class level and come from title keywords only, their confidence
 * not calibrated on labelled patents: a patent filed without symbols always goes to an examiner,
 * with the suggested classes as advice.
 *
 * <p>A pure function of its input and the classification data shipped with this module: same input,
 * same decision.
 */
public final class ClassificationCheck {

  public static final String TYPE = "classification";
  public static final String VERSION = "1.0.0";

  /** Every declared value is valid and plausible; nothing was missing. */
  public static final String CONFIRMED = "CONFIRMED";

  /** Missing values were filled with suggestions, each at or above the threshold. */
  public static final String SUGGESTED = "SUGGESTED";

  /** A declared value is invalid or implausible, or a suggestion fell below the threshold. */
  public static final String NEEDS_EXAMINER = "NEEDS_EXAMINER";

  /**
   * A threshold to start from. On the evaluation set, Nice suggestions at or above it were right
   * about 19 times in 20; on the harsher leave-one-out test of the term list, 4 times in 5.
   */
  public static final double DEFAULT_THRESHOLD = 0.8;

  static final String MATCHER_VERSION = "tfidf-words-chars-heads/1 " + TextMatcher.Settings.DEFAULT;

  /** A declared class counts as plausible when the matcher ranks it among this many. */
  static final int PLAUSIBLE_RANKS = 3;

  private static final String NICE_BASIS =
      "Nice Agreement concerning the International Classification of Goods and Services for the"
          + " Purposes of the Registration of Marks, Art. 2";
  private static final String LOCARNO_BASIS =
      "Locarno Agreement establishing an International Classification for Industrial Designs,"
          + " Art. 2";
  private static final String IPC_BASIS =
      "Strasbourg Agreement concerning the International Patent Classification, Art. 4";

  private final ClassificationData data;

  public ClassificationCheck() {
    this(ClassificationData.shared());
  }

  ClassificationCheck(ClassificationData data) {
    this.data = data;
  }

  /**
   * Checks and completes the classification of one application.
   *
   * @param input the right applied for and its classification as filed
   * @param threshold the confidence, in [0,1], a suggestion needs to be made without an examiner,
   *     and that the matcher needs to call a declared class implausible
   */
  public Decision decide(ClassificationInput input, double threshold) {
    Objects.requireNonNull(input, "input");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the threshold is a confidence in [0,1]: " + threshold);
    }
    Findings findings = new Findings(threshold);
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("right", input.right().name());
    snapshot.put("threshold", threshold);
    String legalBasis;
    switch (input.right()) {
      case TRADEMARK -> {
        checkNice(input.goodsAndServices(), findings, snapshot);
        legalBasis = NICE_BASIS;
      }
      case DESIGN -> {
        checkLocarno(input.designs(), findings, snapshot);
        legalBasis = LOCARNO_BASIS;
      }
      default -> {
        checkIpc(input, findings, snapshot);
        legalBasis = IPC_BASIS;
      }
    }
    snapshot.put("matcher", MATCHER_VERSION);
    return new Decision(
        TYPE,
        VERSION,
        findings.outcome(),
        findings.reasons,
        snapshot,
        findings.outputs(),
        legalBasis);
  }

  /** The three likeliest Nice classes for a goods or services wording, for advice while filing. */
  public List<Suggestion> suggestNiceClasses(String term) {
    List<Suggestion> ranked = niceRanking(term);
    return ranked.subList(0, Math.min(PLAUSIBLE_RANKS, ranked.size()));
  }

  // ---------------------------------------------------------------------------------------- Nice

  private void checkNice(List<NiceClaim> claims, Findings findings, Map<String, Object> snapshot) {
    List<Map<String, Object>> filed = new ArrayList<>();
    for (NiceClaim claim : claims) {
      Integer declared = claim.niceClass();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("niceClass", declared);
      entry.put("terms", claim.terms());
      filed.add(entry);

      boolean validClass = declared == null || NiceClassification.isValidClass(declared);
      if (!validClass) {
        findings.refer(
            "C-NICE-INVALID-CLASS",
            "Class " + declared + " is not a class of the Nice classification (1-45).",
            declared);
      }
      if (claim.terms().isEmpty()) {
        findings.refer(
            "C-NICE-NO-TERMS",
            declared == null
                ? "A group of unclassified goods and services lists no terms."
                : "Class " + declared + " lists no goods or services.",
            declared == null ? new Object[0] : new Object[] {declared});
      }
      for (String term : claim.terms()) {
        if (term == null || term.isBlank()) {
          findings.refer(
              "C-NICE-EMPTY-TERM",
              "An empty term is listed" + where(declared) + ".",
              declared == null ? new Object[0] : new Object[] {declared});
          continue;
        }
        List<Suggestion> ranked = niceRanking(term);
        findings.suggestions.add(suggestionOutput("term", term, "declaredClass", declared, ranked));
        if (declared == null) {
          suggestNice(term, ranked, findings);
        } else if (validClass) {
          checkNiceTerm(term, declared, ranked, findings);
        }
      }
    }
    if (claims.isEmpty()) {
      findings.refer("C-NOTHING", "The application lists no goods or services to classify.");
    }
    snapshot.put("goodsAndServices", filed);
    snapshot.put("dataVersion", data.nice().version());
    snapshot.put("edition", NiceClassification.EDITION);
  }

  private void checkNiceTerm(
      String term, int declared, List<Suggestion> ranked, Findings findings) {
    int rank = rankOf(ranked, String.valueOf(declared));
    Suggestion best = ranked.isEmpty() ? null : ranked.get(0);
    if (rank == 0) {
      findings.confirm(
          "C-NICE-OK",
          quote(term)
              + " is declared in class "
              + declared
              + ", the class it most likely belongs to (confidence "
              + number(best.confidence())
              + ").",
          term,
          declared,
          number(best.confidence()));
    } else if (rank > 0 && rank < PLAUSIBLE_RANKS) {
      findings.confirm(
          "C-NICE-OK",
          quote(term)
              + " is declared in class "
              + declared
              + ", which is among its likeliest classes (ranked "
              + (rank + 1)
              + " after class "
              + best.code()
              + " at "
              + number(best.confidence())
              + ").",
          term,
          declared,
          rank + 1,
          best.code(),
          number(best.confidence()));
    } else if (best != null && findings.reaches(best.confidence())) {
      findings.refer(
          "C-NICE-MISMATCH",
          quote(term)
              + " is declared in class "
              + declared
              + " but most likely belongs to class "
              + best.code()
              + " (confidence "
              + number(best.confidence())
              + ").",
          term,
          declared,
          best.code(),
          number(best.confidence()));
    } else {
      findings.confirm(
          "C-NICE-UNVERIFIED",
          quote(term)
              + " is declared in class "
              + declared
              + "; the matcher is not confident about this wording ("
              + bestOrNothing(best, findings)
              + "), so the declared class is kept.",
          bestArgs(best, findings, term, declared));
    }
  }

  private void suggestNice(String term, List<Suggestion> ranked, Findings findings) {
    if (ranked.isEmpty()) {
      findings.refer(
          "C-NICE-NO-MATCH",
          quote(term)
              + " has no class and resembles nothing in the term list: an examiner classifies it.",
          term);
      return;
    }
    Suggestion best = ranked.get(0);
    if (findings.reaches(best.confidence())) {
      findings.suggest(
          "C-NICE-SUGGESTED",
          quote(term)
              + " has no class; class "
              + best.code()
              + " ("
              + best.heading()
              + ") is suggested with confidence "
              + number(best.confidence())
              + ".",
          term,
          best.code(),
          best.heading(),
          number(best.confidence()));
    } else {
      findings.refer(
          "C-NICE-LOW-CONFIDENCE",
          quote(term)
              + " has no class; the best suggestion, class "
              + best.code()
              + " with confidence "
              + number(best.confidence())
              + ", is below the threshold "
              + number(findings.threshold)
              + ": an examiner classifies it.",
          term,
          best.code(),
          number(best.confidence()),
          number(findings.threshold));
    }
  }

  private List<Suggestion> niceRanking(String term) {
    NiceClassification nice = data.nice();
    List<Suggestion> ranked = new ArrayList<>();
    for (TextMatcher.Match match : nice.matcher().rank(term)) {
      ranked.add(
          new Suggestion(
              match.label(),
              nice.title(Integer.parseInt(match.label())),
              round(match.confidence())));
    }
    return ranked;
  }

  // ------------------------------------------------------------------------------------- Locarno

  private void checkLocarno(
      List<DesignClaim> designs, Findings findings, Map<String, Object> snapshot) {
    LocarnoClassification locarno = data.locarno();
    List<Map<String, Object>> filed = new ArrayList<>();
    int number = 0;
    for (DesignClaim design : designs) {
      number++;
      String declared = design.locarno() == null ? null : design.locarno().trim();
      String product = design.product();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("locarno", design.locarno());
      entry.put("product", product);
      filed.add(entry);

      String label = "Design " + number;
      LocarnoClassification.Problem problem = declared == null ? null : locarno.problem(declared);
      if (problem != null) {
        findings.refer(
            locarnoProblemCode(problem),
            locarnoProblemText(label, declared, problem),
            locarnoProblemArgs(number, declared, problem));
      }
      if (product == null || product.isBlank()) {
        findings.refer(
            "C-LOC-NO-PRODUCT",
            label + " indicates no product, so its classification cannot be checked or suggested.",
            number);
        continue;
      }
      List<TextMatcher.Match> subclasses = locarno.rankSubclasses(product);
      List<Suggestion> rankedSubclasses = new ArrayList<>();
      for (TextMatcher.Match match : subclasses) {
        rankedSubclasses.add(
            new Suggestion(
                match.label(), locarno.subclassHeading(match.label()), round(match.confidence())));
      }
      List<Suggestion> rankedClasses = new ArrayList<>();
      for (TextMatcher.Match match : LocarnoClassification.classesOf(subclasses)) {
        rankedClasses.add(
            new Suggestion(
                match.label(), locarno.classHeading(match.label()), round(match.confidence())));
      }
      findings.suggestions.add(
          suggestionOutput("product", product, "declaredLocarno", declared, rankedSubclasses));
      if (declared == null) {
        suggestLocarno(number, label, product, rankedSubclasses, findings);
      } else if (problem == null) {
        checkLocarnoProduct(number, label, product, declared, rankedClasses, findings);
      }
    }
    if (designs.isEmpty()) {
      findings.refer("C-NOTHING", "The application lists no designs to classify.");
    }
    snapshot.put("designs", filed);
    snapshot.put("dataVersion", locarno.version());
    snapshot.put("edition", LocarnoClassification.EDITION);
  }

  private void checkLocarnoProduct(
      int number,
      String label,
      String product,
      String declared,
      List<Suggestion> classes,
      Findings findings) {
    String declaredClass = declared.substring(0, 2);
    int rank = rankOf(classes, declaredClass);
    Suggestion best = classes.isEmpty() ? null : classes.get(0);
    if (rank >= 0 && rank < PLAUSIBLE_RANKS) {
      findings.confirm(
          "C-LOC-OK",
          label
              + ": "
              + quote(product)
              + " is declared in "
              + declared
              + "; class "
              + declaredClass
              + " is among its likeliest classes (ranked "
              + (rank + 1)
              + ", confidence "
              + number(classes.get(rank).confidence())
              + ").",
          number,
          product,
          declared,
          declaredClass,
          rank + 1,
          number(classes.get(rank).confidence()));
    } else if (best != null && findings.reaches(best.confidence())) {
      findings.refer(
          "C-LOC-MISMATCH",
          label
              + ": "
              + quote(product)
              + " is declared in "
              + declared
              + " but most likely belongs to class "
              + best.code()
              + " ("
              + best.heading()
              + ", confidence "
              + number(best.confidence())
              + ").",
          number,
          product,
          declared,
          best.code(),
          best.heading(),
          number(best.confidence()));
    } else {
      findings.confirm(
          "C-LOC-UNVERIFIED",
          label
              + ": "
              + quote(product)
              + " is declared in "
              + declared
              + "; the matcher is not confident about this product ("
              + bestOrNothing(best, findings)
              + "), so the declared classification is kept.",
          bestArgs(best, findings, number, product, declared));
    }
  }

  private void suggestLocarno(
      int number, String label, String product, List<Suggestion> subclasses, Findings findings) {
    if (subclasses.isEmpty()) {
      findings.refer(
          "C-LOC-NO-MATCH",
          label
              + ": "
              + quote(product)
              + " has no classification and resembles no product in the Locarno data: an"
              + " examiner classifies it.",
          number,
          product);
      return;
    }
    Suggestion best = subclasses.get(0);
    if (findings.reaches(best.confidence())) {
      findings.suggest(
          "C-LOC-SUGGESTED",
          label
              + ": "
              + quote(product)
              + " has no classification; "
              + best.code()
              + " ("
              + best.heading()
              + ") is suggested with confidence "
              + number(best.confidence())
              + ".",
          number,
          product,
          best.code(),
          best.heading(),
          number(best.confidence()));
    } else {
      findings.refer(
          "C-LOC-LOW-CONFIDENCE",
          label
              + ": "
              + quote(product)
              + " has no classification; the best suggestion, "
              + best.code()
              + " with confidence "
              + number(best.confidence())
              + ", is below the threshold "
              + number(findings.threshold)
              + ": an examiner classifies it.",
          number,
          product,
          best.code(),
          number(best.confidence()),
          number(findings.threshold));
    }
  }

  private static Object[] locarnoProblemArgs(
      int number, String declared, LocarnoClassification.Problem problem) {
    return switch (problem) {
      case FORMAT -> new Object[] {number, declared};
      case UNKNOWN_CLASS -> new Object[] {number, declared.substring(0, 2)};
      case UNKNOWN_SUBCLASS ->
          new Object[] {number, declared.substring(0, 2), declared.substring(3)};
    };
  }

  private static String locarnoProblemCode(LocarnoClassification.Problem problem) {
    return switch (problem) {
      case FORMAT -> "C-LOC-FORMAT";
      case UNKNOWN_CLASS -> "C-LOC-UNKNOWN-CLASS";
      case UNKNOWN_SUBCLASS -> "C-LOC-UNKNOWN-SUBCLASS";
    };
  }

  private static String locarnoProblemText(
      String label, String declared, LocarnoClassification.Problem problem) {
    return switch (problem) {
      case FORMAT ->
          label
              + ": "
              + quote(declared)
              + " is not a Locarno classification; write class and subclass as two two-digit numbers,"
              + " as in 06-01.";
      case UNKNOWN_CLASS ->
          label
              + ": class "
              + declared.substring(0, 2)
              + " does not exist; the Locarno classification has classes 01 to 32.";
      case UNKNOWN_SUBCLASS ->
          label
              + ": class "
              + declared.substring(0, 2)
              + " has no subclass "
              + declared.substring(3)
              + ".";
    };
  }

  // ----------------------------------------------------------------------------------------- IPC

  private void checkIpc(
      ClassificationInput input, Findings findings, Map<String, Object> snapshot) {
    IpcClassification ipc = data.ipc();
    snapshot.put("ipcSymbols", input.ipcSymbols());
    snapshot.put("title", input.title());
    snapshot.put("abstract", input.abstractText());
    snapshot.put("dataVersion", ipc.version());
    snapshot.put("edition", IpcClassification.EDITION);

    if (!input.ipcSymbols().isEmpty()) {
      for (String symbol : input.ipcSymbols()) {
        IpcClassification.Check check = ipc.check(symbol);
        if (check.problem() == null) {
          String ipcClass = check.canonical().substring(0, 3);
          findings.confirm(
              "C-IPC-OK",
              quote(check.canonical())
                  + " is a well-formed IPC symbol in class "
                  + ipcClass
                  + " ("
                  + ipc.classTitle(ipcClass)
                  + "); its subclass and groups are checked for form only.",
              check.canonical(),
              ipcClass,
              ipc.classTitle(ipcClass));
        } else {
          findings.refer(
              ipcProblemCode(check.problem()), ipcProblemText(check), ipcProblemArgs(check));
        }
      }
      return;
    }
    String text = joinNonBlank(input.title(), input.abstractText());
    if (text.isEmpty()) {
      findings.refer(
          "C-IPC-NOTHING",
          "No IPC symbol was filed and there is no title to suggest one from: an examiner"
              + " classifies the application.");
      return;
    }
    List<Suggestion> ranked = new ArrayList<>();
    for (TextMatcher.Match match : ipc.rankClasses(text)) {
      ranked.add(
          new Suggestion(match.label(), ipc.classTitle(match.label()), round(match.confidence())));
    }
    findings.suggestions.add(suggestionOutput("title", input.title(), "declaredIpc", null, ranked));
    if (ranked.isEmpty()) {
      findings.refer(
          "C-IPC-NO-MATCH",
          "No IPC symbol was filed and the title matches no IPC class: an examiner classifies the"
              + " application.");
    } else {
      Suggestion best = ranked.get(0);
      // Class level is as far as keywords go; the full symbol needs a reading of the claims.
      findings.refer(
          "C-IPC-CLASS-SUGGESTED",
          "No IPC symbol was filed; by the keywords of the title, class "
              + best.code()
              + " ("
              + best.heading()
              + ") is the likeliest (keyword confidence "
              + number(best.confidence())
              + ", not calibrated on patents). Suggestions stop at class level, so an examiner"
              + " assigns the full symbols.",
          best.code(),
          best.heading(),
          number(best.confidence()));
    }
  }

  private static String ipcProblemCode(IpcClassification.Problem problem) {
    return switch (problem) {
      case FORMAT -> "C-IPC-FORMAT";
      case UNKNOWN_SECTION -> "C-IPC-UNKNOWN-SECTION";
      case UNKNOWN_CLASS -> "C-IPC-UNKNOWN-CLASS";
    };
  }

  private static Object[] ipcProblemArgs(IpcClassification.Check check) {
    return switch (check.problem()) {
      case FORMAT -> new Object[] {check.declared()};
      case UNKNOWN_SECTION -> new Object[] {check.canonical(), check.canonical().charAt(0)};
      case UNKNOWN_CLASS ->
          new Object[] {
            check.canonical(), check.canonical().substring(0, 3), check.canonical().charAt(0)
          };
    };
  }

  private static String ipcProblemText(IpcClassification.Check check) {
    return switch (check.problem()) {
      case FORMAT ->
          quote(check.declared())
              + " is not an IPC symbol: expected a section letter, a two-digit class, a subclass"
              + " letter, then main group / subgroup, as in 'A61K 31/00'.";
      case UNKNOWN_SECTION ->
          quote(check.canonical())
              + " names section "
              + check.canonical().charAt(0)
              + "; the IPC has sections A to H.";
      case UNKNOWN_CLASS ->
          quote(check.canonical())
              + " names class "
              + check.canonical().substring(0, 3)
              + ", which does not exist in section "
              + check.canonical().charAt(0)
              + ".";
    };
  }

  // ------------------------------------------------------------------------------------- helpers

  private static Map<String, Object> suggestionOutput(
      String wordingKey,
      String wording,
      String declaredKey,
      Object declared,
      List<Suggestion> ranked) {
    Map<String, Object> output = new LinkedHashMap<>();
    output.put(wordingKey, wording);
    output.put(declaredKey, declared);
    output.put("suggested", ranked.isEmpty() ? null : ranked.get(0).code());
    output.put("confidence", ranked.isEmpty() ? 0.0 : ranked.get(0).confidence());
    List<Map<String, Object>> alternatives = new ArrayList<>();
    for (Suggestion s : ranked.subList(0, Math.min(PLAUSIBLE_RANKS, ranked.size()))) {
      Map<String, Object> alternative = new LinkedHashMap<>();
      alternative.put("code", s.code());
      alternative.put("confidence", s.confidence());
      alternatives.add(alternative);
    }
    output.put("ranking", alternatives);
    return output;
  }

  private static int rankOf(List<Suggestion> ranked, String code) {
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static String bestOrNothing(Suggestion best, Findings findings) {
    return best == null
        ? "it resembles nothing in the data"
        : "best: class "
            + best.code()
            + " at "
            + number(best.confidence())
            + ", below the threshold "
            + number(findings.threshold);
  }

  /**
   * The values of a sentence that ends with {@link #bestOrNothing}: {@code first}, then the best
   * suggestion's code and confidence and the threshold, if there is a best suggestion.
   */
  private static Object[] bestArgs(Suggestion best, Findings findings, Object... first) {
    List<Object> args = new ArrayList<>(java.util.Arrays.asList(first));
    if (best != null) {
      args.add(best.code());
      args.add(number(best.confidence()));
      args.add(number(findings.threshold));
    }
    return args.toArray();
  }

  private static String where(Integer declared) {
    return declared == null
        ? " among the unclassified goods and services"
        : " in class " + declared;
  }

  private static String joinNonBlank(String a, String b) {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {a, b}) {
      if (part != null && !part.isBlank()) {
        text.append(text.length() == 0 ? "" : ". ").append(part.trim());
      }
    }
    return text.toString();
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }

  /** Confidences are compared and shown rounded to three decimals, so reasons never contradict. */
  static double round(double confidence) {
    return Math.round(confidence * 1000) / 1000.0;
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }

  /** What the check found, item by item, and the outcome that follows. */
  private static final class Findings {
    private final double threshold;
    private final List<Reason> reasons = new ArrayList<>();
    private final List<Map<String, Object>> suggestions = new ArrayList<>();
    private int confirmed;
    private int suggested;
    private int referred;

    Findings(double threshold) {
      this.threshold = threshold;
    }

    boolean reaches(double confidence) {
      return confidence >= threshold;
    }

    void confirm(String code, String text, Object... args) {
      reasons.add(Reason.of(code, text, args));
      confirmed++;
    }

    void suggest(String code, String text, Object... args) {
      reasons.add(Reason.of(code, text, args));
      suggested++;
    }

    void refer(String code, String text, Object... args) {
      reasons.add(Reason.of(code, text, args));
      referred++;
    }

    String outcome() {
      if (referred > 0) {
        return NEEDS_EXAMINER;
      }
      return suggested > 0 ? SUGGESTED : CONFIRMED;
    }

    Map<String, Object> outputs() {
      Map<String, Object> outputs = new LinkedHashMap<>();
      outputs.put("suggestions", suggestions);
      outputs.put("confirmedItems", confirmed);
      outputs.put("suggestedItems", suggested);
      outputs.put("examinerItems", referred);
      return outputs;
    }
  }
}
