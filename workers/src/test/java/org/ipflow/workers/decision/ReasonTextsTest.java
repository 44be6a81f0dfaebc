package org.ipflow.workers.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipflow.workers.absolutegrounds.AbsoluteGroundsPrescreen;
import org.ipflow.workers.classification.ClassificationCheck;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reason code the decisions use has its sentences in every language of proceedings, with the
 * same placeholders as the English sentence the ledger records.
 */
class ReasonTextsTest {

  /** A reason code as the sources write it: {@code F05}, {@code FEE-BASE}, {@code C-NICE-OK}. */
  private static final Pattern CODE =
      Pattern.compile(
          "\"((?:FD|FEE|PAY|FC|TL|DR|UM|AA|PR|RG|OP|AG|C|F)(?:\\d+|-[A-Z0-9][A-Z0-9-]*))\"");

  /** Codes made at run time: {@code "AA-" + the type of each check automated acceptance reads}. */
  private static final List<String> COMPOSED_CODES =
      List.of(
          "AA-" + AbsoluteGroundsPrescreen.TYPE,
          "AA-" + ClassificationCheck.TYPE,
          "AA-" + RelativeGroundsDecision.TYPE);

  /** Every reason code in the sources of the workers module. */
  static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>(COMPOSED_CODES);
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("//")) {
            continue; // a comment, not a code
          }
          Matcher matcher = CODE.matcher(line);
          while (matcher.find()) {
            codes.add(matcher.group(1));
          }
        }
      }
    }
    return codes;
  }

  @Test
  void theSourcesAreScannedForCodes() throws IOException {
    assertThat(codesInSources())
        .contains("FD01", "F05", "FEE-BASE", "PAY-SHORT", "PR02", "C-NICE-OK", "AG-DESCRIPTIVE")
        .contains("RG01", "OP04", "TL-EXPIRED", "AA-GREEN", "AA-classification")
        .hasSizeGreaterThan(80);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es"})
  void everyReasonCodeUsedInTheWorkersHasASentence(String language) throws IOException {
    Map<String, String> patterns = ReasonTexts.patterns(language);
    List<String> missing = new ArrayList<>();
    for (String code : codesInSources()) {
      String family = patterns.getOrDefault("alias." + code, code);
      boolean present =
          patterns.keySet().stream().anyMatch(k -> k.equals(family) || k.startsWith(family + "."));
      if (!present) {
        missing.add(code);
      }
    }
    assertThat(missing).as("codes without a sentence in " + language).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "es"})
  void translationsHaveTheKeysAndPlaceholdersOfTheEnglishSentences(String language) {
    Map<String, String> english = ReasonTexts.patterns("en");
    Map<String, String> translated = ReasonTexts.patterns(language);
    assertThat(translated.keySet()).isEqualTo(english.keySet());
    Map<String, String> differences = new TreeMap<>();
    for (Map.Entry<String, String> entry : english.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("alias.")) {
        if (!translated.get(key).equals(entry.getValue())) {
          differences.put(key, translated.get(key) + " names another family");
        }
        continue;
      }
      Set<Integer> expected = placeholders(entry.getValue());
      Set<Integer> actual = placeholders(translated.get(key));
      if (!expected.equals(actual)) {
        differences.put(key, "English " + expected + ", " + language + " " + actual);
      }
      if (translated.get(key).equals(entry.getValue()) && !key.startsWith("term.category.")) {
        differences.put(key, "not translated");
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void aTranslationIsUsedOnlyWhenTheEnglishPatternGivesTheRecordedSentence() {
    Reason reason =
        Reason.of(
            "F05",
            "Class 46 is not a class of the Nice classification (1-45).",
            Integer.valueOf(46));
    assertThat(ReasonTexts.key(reason)).contains("F05");
    assertThat(ReasonTexts.text(reason, "fr")).contains("46").contains("classification de Nice");
    assertThat(ReasonTexts.text(reason, "es")).contains("46").contains("Clasificación de Niza");
    assertThat(ReasonTexts.text(reason, "en")).isEqualTo(reason.text());

    Reason withoutArguments = new Reason("F05", reason.text());
    assertThat(ReasonTexts.text(withoutArguments, "fr")).isEqualTo(reason.text());
    Reason examinersOwnWords = new Reason("EX-OBJECT", "The mark is descriptive.");
    assertThat(ReasonTexts.text(examinersOwnWords, "es")).isEqualTo(examinersOwnWords.text());
  }

  @Test
  void aCodeWithSeveralShapesIsWrittenInTheShapeItWasRecordedIn() {
    Reason empty = Reason.of("F07", "Class 9 contains an empty term.", 9);
    Reason none = Reason.of("F07", "Class 9 lists no goods or services.", 9);
    assertThat(ReasonTexts.key(empty)).contains("F07.emptyTerm");
    assertThat(ReasonTexts.key(none)).contains("F07.noTerms");
    assertThat(ReasonTexts.text(empty, "fr")).isNotEqualTo(ReasonTexts.text(none, "fr"));
  }

  @Test
  void termsAreWrittenInTheLanguageOfTheSentence() {
    Reason reduced =
        Reason.of(
            "FEE-REDUCTION",
            "50 % reduction for SME: -100.00 EUR.",
            50,
            "~category.SME",
            "100.00",
            "EUR");
    assertThat(ReasonTexts.key(reduced)).contains("FEE-REDUCTION");
    assertThat(ReasonTexts.text(reduced, "fr")).contains("PME").doesNotContain("~");
    assertThat(ReasonTexts.text(reduced, "es")).contains("pyme").doesNotContain("~");
  }

  /** The argument indices a pattern uses. */
  private static Set<Integer> placeholders(String pattern) {
    Object[] markers = new Object[20];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = "\u0001" + i + "\u0002";
    }
    String formatted = new MessageFormat(pattern, Locale.ROOT).format(markers);
    Set<Integer> used = new TreeSet<>();
    Matcher matcher = Pattern.compile("\u0001(\\d+)\u0002").matcher(formatted);
    while (matcher.find()) {
      used.add(Integer.parseInt(matcher.group(1)));
    }
    return used;
  }
}
