package org.ipflow.workers.absolutegrounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * A first, automated look at a trade mark's word element for absolute grounds for refusal, before
 * the examiner: terms that describe or name the goods, terms of intergovernmental organisations and
 * protected emblems, terms contrary to public order, and marks too plain to be distinctive.
 *
 * <p>Advisory only. {@link #OBJECTION_SUGGESTED} refuses nothing: a refusal needs an examiner's
 * objection, a time limit for the applicant to reply and a human decision. The lists hold what is
 * common; the examiner may see grounds they do not, and may find that a listed term is not
 * descriptive in context or has acquired distinctiveness through use.
 *
 * <p>A pure function of the input and of the term lists on the classpath, whose versions are part
 * of every decision's inputs.
 */
public final class AbsoluteGroundsPrescreen {

  public static final String TYPE = "absolute-grounds-prescreen";
  public static final String VERSION = "1.0.0";

  /** No term of the lists was found and the mark is more than a single character. */
  public static final String CLEAR = "CLEAR";

  /** At least one finding would, taken alone, ground an objection. */
  public static final String OBJECTION_SUGGESTED = "OBJECTION_SUGGESTED";

  /** Findings the examiner should see, none of which grounds an objection alone. */
  public static final String NOTE_FOR_EXAMINER = "NOTE_FOR_EXAMINER";

  static final String LEGAL_BASIS =
      "Paris Convention Art. 6quinquies B and 6ter; TRIPS Art. 15(1);"
          + " Directive (EU) 2015/2436 (EU TMD) Art. 4(1) and 4(3)";
  static final String NON_DISTINCTIVE = "AG-NON-DISTINCTIVE";
  static final String NON_DISTINCTIVE_BASIS =
      "EU TMD Art. 4(1)(b); TRIPS Art. 15(1); Paris Convention Art. 6quinquies B(2);"
          + " unless distinctiveness has been acquired through use (EU TMD Art. 4(4))";
  static final String EXCLUSIVELY_DESCRIPTIVE_BASIS =
      "EU TMD Art. 4(1)(b), (c) and (d); TRIPS Art. 15(1); Paris Convention Art. 6quinquies B(2);"
          + " unless distinctiveness has been acquired through use (EU TMD Art. 4(4))";

  /** Why a mark as a whole lacks distinctive character, if it does. */
  enum NonDistinctive {
    NONE,
    SINGLE_CHARACTER,
    ONLY_DESCRIPTIVE_OR_GENERIC,
    ONLY_FUNCTION_WORDS
  }

  private final TermIndex index;

  /** Uses the term lists shipped in {@code absolutegrounds/} on the classpath. */
  public AbsoluteGroundsPrescreen() {
    this(TermIndex.fromClasspath());
  }

  AbsoluteGroundsPrescreen(TermIndex index) {
    this.index = index;
  }

  /** The languages that have term lists, checked when the input names none. */
  public List<String> languages() {
    return index.languages();
  }

  /** Each term list's id ({@code category.language}) and version, as recorded in decisions. */
  public Map<String, String> termListVersions() {
    Map<String, String> versions = new LinkedHashMap<>();
    for (TermList list : index.lists()) {
      versions.put(list.id(), list.version());
    }
    return versions;
  }

  public Decision decide(PrescreenInput input) {
    List<String> notConfigured =
        input.languages().stream().filter(l -> !index.languages().contains(l)).toList();
    List<String> checked =
        input.languages().isEmpty()
            ? index.languages()
            : input.languages().stream().filter(index.languages()::contains).toList();
    List<String> searched = new ArrayList<>(checked);
    searched.add(TermIndex.LANGUAGE_NEUTRAL);

    String text = input.markText() == null ? "" : MarkText.nfc(input.markText());
    List<MarkText.Word> words = MarkText.words(text);
    Screening screening = screen(text, words, input.niceClasses(), searched);

    List<Reason> reasons = new ArrayList<>();
    if (screening.nonDistinctive() != NonDistinctive.NONE) {
      reasons.add(nonDistinctiveReason(screening, text, input.niceClasses()));
    }
    for (Finding finding : screening.findings()) {
      reasons.add(new Reason(finding.category().code(), finding.text(), finding.args()));
    }
    for (String language : notConfigured) {
      reasons.add(
          Reason.of(
              "AG-LANGUAGE-NOT-CHECKED",
              "There are no term lists for the language '"
                  + language
                  + "'; the mark was not checked in it.",
              language));
    }
    if (words.isEmpty()) {
      reasons.add(
          new Reason(
              "AG-NO-WORD-ELEMENT",
              "The mark has no word element to pre-screen; the examiner looks at it as a"
                  + " figurative mark."));
    }

    String outcome;
    if (screening.nonDistinctive() != NonDistinctive.NONE
        || screening.findings().stream().anyMatch(Finding::groundsObjection)) {
      outcome = OBJECTION_SUGGESTED;
    } else if (!reasons.isEmpty()) {
      outcome = NOTE_FOR_EXAMINER;
    } else {
      outcome = CLEAR;
      reasons.add(
          Reason.of(
              "AG-CLEAR",
              "No descriptive, generic, geographical, forbidden or public-order term of the lists"
                  + " for "
                  + String.join(", ", checked)
                  + " was found in '"
                  + text
                  + "'. Advisory: the examiner may still see grounds the lists do not hold.",
              String.join(", ", checked),
              text));
    }
    return new Decision(
        TYPE,
        VERSION,
        outcome,
        reasons,
        snapshot(input),
        outputs(screening, searched, notConfigured),
        LEGAL_BASIS);
  }

  private record Screening(List<Finding> findings, NonDistinctive nonDistinctive) {}

  /** A match that survived the class filter, and whether it can count towards an objection. */
  private record Applicable(TermIndex.Match match, List<Integer> classes, boolean classesKnown) {}

  private Screening screen(
      String text, List<MarkText.Word> words, List<Integer> declared, List<String> languages) {
    if (words.isEmpty()) {
      return new Screening(List.of(), NonDistinctive.NONE);
    }
    List<Applicable> applicable = new ArrayList<>();
    for (TermIndex.Match match : index.find(words, languages)) {
      TermList.Entry entry = match.entry();
      if (entry.classes().isEmpty()) {
        applicable.add(new Applicable(match, List.of(), true));
      } else if (declared.isEmpty()) {
        // Without classes nobody can say whether "watch" names the goods: the examiner will.
        applicable.add(new Applicable(match, entry.classes(), false));
      } else {
        List<Integer> common = entry.classes().stream().filter(declared::contains).toList();
        if (!common.isEmpty()) {
          applicable.add(new Applicable(match, common, true));
        }
      }
    }

    NonDistinctive nonDistinctive = nonDistinctive(words, applicable, languages);
    boolean exclusive = nonDistinctive == NonDistinctive.ONLY_DESCRIPTIVE_OR_GENERIC;
    List<Finding> findings = new ArrayList<>();
    for (List<Applicable> group : groupBySpanAndCategory(withoutNestedMatches(applicable))) {
      findings.add(finding(text, words, group, exclusive));
    }
    return new Screening(List.copyOf(findings), nonDistinctive);
  }

  private NonDistinctive nonDistinctive(
      List<MarkText.Word> words, List<Applicable> applicable, List<String> languages) {
    String allCharacters = words.stream().map(MarkText.Word::plain).collect(Collectors.joining());
    if (allCharacters.codePointCount(0, allCharacters.length()) == 1) {
      return NonDistinctive.SINGLE_CHARACTER;
    }
    boolean[] describing = new boolean[words.size()];
    for (Applicable a : applicable) {
      if (a.match().entry().category().describesGoods() && a.classesKnown()) {
        for (int i = a.match().from(); i < a.match().to(); i++) {
          describing[i] = true;
        }
      }
    }
    int significant = 0;
    int described = 0;
    for (int i = 0; i < words.size(); i++) {
      if (describing[i]) {
        significant++;
        described++;
      } else if (!index.isFunctionWord(words.get(i).plain(), languages)) {
        significant++;
      }
    }
    if (significant == 0) {
      return NonDistinctive.ONLY_FUNCTION_WORDS;
    }
    return described == significant
        ? NonDistinctive.ONLY_DESCRIPTIVE_OR_GENERIC
        : NonDistinctive.NONE;
  }

  /**
   * "Mineral water" says all that "water" would: a term inside a longer match is not reported
   * again. A forbidden term stays reported inside a longer term of a milder category.
   */
  private static List<Applicable> withoutNestedMatches(List<Applicable> applicable) {
    return applicable.stream()
        .filter(a -> applicable.stream().noneMatch(other -> hides(other, a)))
        .toList();
  }

  private static boolean hides(Applicable outer, Applicable inner) {
    TermIndex.Match o = outer.match();
    TermIndex.Match i = inner.match();
    boolean strictlyInside =
        o.from() <= i.from() && i.to() <= o.to() && o.to() - o.from() > i.to() - i.from();
    Category innerCategory = i.entry().category();
    return strictlyInside
        && (!innerCategory.forbidsTheSign() || o.entry().category() == innerCategory);
  }

  /** One finding per category and place in the mark, whichever languages' lists hold the term. */
  private static List<List<Applicable>> groupBySpanAndCategory(List<Applicable> applicable) {
    Map<List<Object>, List<Applicable>> groups = new LinkedHashMap<>();
    applicable.stream()
        .sorted(
            Comparator.comparingInt((Applicable a) -> a.match().from())
                .thenComparing(a -> -a.match().to())
                .thenComparing(a -> a.match().entry().category()))
        .forEach(
            a ->
                groups
                    .computeIfAbsent(
                        List.of(a.match().from(), a.match().to(), a.match().entry().category()),
                        k -> new ArrayList<>())
                    .add(a));
    return List.copyOf(groups.values());
  }

  private static Finding finding(
      String text, List<MarkText.Word> words, List<Applicable> group, boolean exclusive) {
    TermIndex.Match first = group.get(0).match();
    Category category = first.entry().category();
    Set<String> languages = new LinkedHashSet<>();
    Set<String> lists = new LinkedHashSet<>();
    Set<String> terms = new LinkedHashSet<>();
    Set<String> bases = new LinkedHashSet<>();
    Set<Integer> classes = new TreeSet<>();
    boolean classesKnown = false;
    for (Applicable a : group) {
      TermList.Entry entry = a.match().entry();
      languages.add(entry.language());
      lists.add(entry.listId());
      terms.add(entry.term());
      bases.add(entry.basis());
      classes.addAll(a.classes());
      classesKnown |= a.classesKnown();
    }
    String matched =
        text.substring(words.get(first.from()).start(), words.get(first.to() - 1).end());
    String plain =
        words.subList(first.from(), first.to()).stream()
            .map(MarkText.Word::plain)
            .collect(Collectors.joining(" "));
    boolean groundsObjection =
        category.forbidsTheSign() || (category.describesGoods() && classesKnown && exclusive);
    return new Finding(
        category,
        matched,
        first.readAs().equals(plain) ? null : first.readAs(),
        List.copyOf(terms),
        List.copyOf(languages),
        List.copyOf(lists),
        List.copyOf(classes),
        String.join("; ", bases),
        classesKnown,
        groundsObjection);
  }

  private static Reason nonDistinctiveReason(
      Screening screening, String text, List<Integer> declared) {
    String classes =
        declared.isEmpty()
            ? "whatever the goods and services"
            : "for the declared class(es) "
                + declared.stream().map(String::valueOf).collect(Collectors.joining(", "));
    String why =
        switch (screening.nonDistinctive()) {
          case SINGLE_CHARACTER ->
              "The mark '"
                  + text.strip()
                  + "' is a single letter or digit, as a rule devoid of distinctive character."
                  + " Ground: "
                  + NON_DISTINCTIVE_BASIS;
          case ONLY_FUNCTION_WORDS ->
              "The mark '"
                  + text.strip()
                  + "' consists only of common function words (articles, prepositions),"
                  + " devoid of distinctive character. Ground: "
                  + NON_DISTINCTIVE_BASIS;
          case ONLY_DESCRIPTIVE_OR_GENERIC ->
              "Every word of the mark '"
                  + text.strip()
                  + "' is descriptive, laudatory, geographical or generic "
                  + classes
                  + ": taken as a whole it tells the public what the goods are, not whose they"
                  + " are. Ground: "
                  + EXCLUSIVELY_DESCRIPTIVE_BASIS;
          case NONE -> throw new IllegalStateException("no reason to give");
        };
    return Reason.of(
        NON_DISTINCTIVE,
        why + ". Objection suggested.",
        text.strip(),
        declared.stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  private Map<String, Object> snapshot(PrescreenInput input) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("markText", input.markText());
    snapshot.put("languages", input.languages());
    snapshot.put("niceClasses", input.niceClasses());
    snapshot.put("termLists", termListVersions());
    return snapshot;
  }

  private static Map<String, Object> outputs(
      Screening screening, List<String> searched, List<String> notConfigured) {
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("nonDistinctive", screening.nonDistinctive().name());
    outputs.put("findings", screening.findings().stream().map(Finding::toOutput).toList());
    outputs.put("languagesChecked", List.copyOf(searched));
    outputs.put("languagesNotConfigured", notConfigured);
    return outputs;
  }
}
