package org.ipflow.workers.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;
import org.ipflow.workers.decision.ReasonTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ledger rows produced by earlier commits (see {@code ledger-reference/README.md}), replayed
 * through the catalogue: each must come out as recorded.
 */
class ReplayReferenceRowsTest {

  private static final DecisionCatalog CATALOG = DecisionCatalog.standard();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Every row of every file under {@code ledger-reference/<commit>/}. */
  static Stream<Arguments> referenceRows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (Path file : files()) {
      List<Map<String, Object>> fileRows;
      try (InputStream in = Files.newInputStream(file)) {
        fileRows = JSON.readValue(in, new TypeReference<>() {});
      }
      for (int i = 0; i < fileRows.size(); i++) {
        String name = file.getParent().getFileName() + "/" + file.getFileName() + "#" + i;
        rows.add(Arguments.of(name, decision(fileRows.get(i))));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceRows")
  void everyReferenceRowIsReproducedByTheVersionThatMadeIt(String row, Decision recorded) {
    ReplayResult result = CATALOG.replay(recorded);

    assertThat(result.replayable()).as(row + ": " + result.differences()).isTrue();
    assertThat(result.differences()).as(row).isEmpty();
    assertThat(result.reproduced()).as(row).isTrue();
    assertThat(result.notes()).as(row).isEmpty();
  }

  @Test
  void referenceRowsCoverEveryTypeOfTheEarlierCommits() throws IOException {
    Set<String> covered = new TreeSet<>();
    referenceRows().forEach(a -> covered.add(((Decision) a.get()[1]).type()));
    assertThat(covered)
        .contains(
            "formalities",
            "trademark-formalities",
            "trademark-fee",
            "application-fee",
            "filing-date-requirements",
            "filing-date-not-accorded",
            "priority-claim",
            "classification",
            "absolute-grounds-prescreen",
            "automated-acceptance",
            "design-registrability",
            "utility-model-examination",
            "payment-matching",
            "fee-consequences",
            "opposition-admissibility",
            "deemed-withdrawal");
    assertThat(CATALOG.types()).containsAll(covered);
  }

  /**
   * The reasons the current versions give on the reference rows' inputs carry their values, and the
   * English sentence of their code, filled with them, is the sentence recorded: so every one of
   * them can be written in each language of proceedings.
   */
  @Test
  void everyReplayedReasonIsReproducedByItsEnglishSentence() throws IOException {
    List<String> unmatched = new ArrayList<>();
    referenceRows()
        .forEach(
            a -> {
              ReplayResult result = CATALOG.replay((Decision) a.get()[1]);
              for (Reason reason : result.replayed().reasons()) {
                if (ReasonTexts.key(reason).isEmpty()) {
                  unmatched.add(a.get()[0] + " " + reason);
                }
              }
            });
    assertThat(unmatched).isEmpty();
  }

  @Test
  void referenceFeeRowsLieEitherSideOfTheFeeChange() throws IOException {
    Set<String> dates = new TreeSet<>();
    referenceRows()
        .map(a -> (Decision) a.get()[1])
        .filter(d -> d.type().endsWith("-fee"))
        .forEach(d -> dates.add((String) d.inputs().get("filingDate")));
    assertThat(dates).contains("2026-12-31", "2027-01-01");
  }

  /** A row with the ledger's column names, as {@code reference rows} store it. */
  @SuppressWarnings("unchecked")
  static Decision decision(Map<String, Object> row) {
    List<Reason> reasons = new ArrayList<>();
    for (Map<String, Object> reason : (List<Map<String, Object>>) row.get("reasons")) {
      reasons.add(new Reason((String) reason.get("code"), (String) reason.get("text")));
    }
    return new Decision(
        (String) row.get("decision_type"),
        (String) row.get("decision_version"),
        (String) row.get("outcome"),
        reasons,
        (Map<String, Object>) row.get("input_snapshot"),
        (Map<String, Object>) row.get("outputs"),
        (String) row.get("legal_basis"));
  }

  private static List<Path> files() throws IOException {
    Path root;
    try {
      root = Path.of(ReplayReferenceRowsTest.class.getResource("/ledger-reference").toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }
}
