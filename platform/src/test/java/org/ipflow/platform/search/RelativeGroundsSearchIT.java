package org.ipflow.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ipflow.platform.embedded.DatabaseSetup;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TestStack;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.relativegrounds.ClassRelation;
import org.ipflow.workers.relativegrounds.MarkForms;
import org.ipflow.workers.relativegrounds.RelatedNiceClasses;
import org.ipflow.workers.relativegrounds.RelativeGroundsDecision;
import org.ipflow.workers.relativegrounds.RelativeGroundsInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relative-grounds search on a register of 10,000 invented marks in PostgreSQL, among them the
 * earlier marks of the labelled confusable pairs in {@code search/confusable-pairs.tsv}: each later
 * mark must find its earlier mark among its ten best hits (recall@10 at least 0.9).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelativeGroundsSearchIT {

  private static final int BACKGROUND_MARKS = 10_000;
  private static final long GENERATOR_SEED = 20_260_517L;
  private static final int RANDOM_APPLICATIONS = 500;
  private static final LocalDate APPLIED_ON = LocalDate.of(2026, 6, 1);

  @Autowired RegisterSearch search;
  @Autowired RegisterMarkTable table;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Value("${spring.datasource.url}")
  String databaseUrl;

  private final List<Pair> pairs = new ArrayList<>();
  private final List<Pair> controls = new ArrayList<>();
  private final List<UUID> seeded = new ArrayList<>();

  /** A labelled row: an earlier mark and a later mark, or a later mark alone for a control. */
  record Pair(
      String id,
      String variation,
      UUID earlierFiling,
      String earlierText,
      Set<Integer> earlierClasses,
      String laterText,
      Set<Integer> laterClasses,
      ClassRelation relation) {}

  @BeforeAll
  void seedTheRegister() throws IOException {
    readPairs();
    Set<String> labelled = new HashSet<>();
    for (Pair pair : pairs) {
      labelled.add(MarkForms.normalized(pair.earlierText()));
      labelled.add(MarkForms.normalized(pair.laterText()));
    }
    controls.forEach(control -> labelled.add(MarkForms.normalized(control.laterText())));

    List<IndexedMark> register =
        new ArrayList<>(
            new SyntheticRegister(GENERATOR_SEED)
                .marks(BACKGROUND_MARKS, 1, text -> labelled.contains(MarkForms.normalized(text))));
    int serial = 500_000;
    for (Pair pair : pairs) {
      serial++;
      register.add(
          new IndexedMark(
              pair.earlierFiling(),
              String.format("302015%09d", serial),
              String.format("%08d", 80_000_000 + serial),
              pair.earlierText(),
              pair.earlierClasses(),
              RegisterStatus.REGISTERED,
              "Earlier holder " + pair.id(),
              LocalDate.of(2015, 3, 2)));
    }
    register.forEach(mark -> seeded.add(mark.filingId()));
    long started = System.nanoTime();
    search.index(register);
    System.out.printf(
        Locale.ROOT,
        "Indexed %d marks (%d labelled earlier marks) in %d ms%n",
        register.size(),
        pairs.size(),
        (System.nanoTime() - started) / 1_000_000);
    analyze();
  }

  /** Fresh statistics for the planner, as autovacuum would gather them (the owner's right). */
  private void analyze() {
    try (Connection owner =
            DriverManager.getConnection(
                databaseUrl, DatabaseSetup.OWNER_ROLE, TestStack.get().ownerPassword());
        Statement statement = owner.createStatement()) {
      statement.execute("ANALYZE ipflow.register_mark");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  void removeTheSeededMarks() {
    // The context and its database are shared with other tests; one statement for ten thousand.
    jdbc.sql("DELETE FROM register_mark WHERE filing_id = ANY(CAST(:ids AS uuid[]))")
        .param(
            "ids", seeded.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
        .update();
  }

  @Test
  void findsTheEarlierMarkOfNineInTenConfusablePairsAmongTheTopTenHits() {
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(400);
    int atOne = 0;
    int atTen = 0;
    int independent = 0;
    int independentAtTen = 0;
    int aboveThreshold = 0;
    long totalNanos = 0;
    long slowestNanos = 0;
    double threshold = search.settings().scoreThreshold();
    Map<String, int[]> byVariation = new TreeMap<>();
    List<Double> pairScores = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    for (Pair pair : pairs) {
      UUID laterFiling = UUID.nameUUIDFromBytes(pair.id().getBytes(StandardCharsets.UTF_8));
      long started = System.nanoTime();
      List<SearchHit> hits =
          search.search(
              new SearchQuery(pair.laterText(), pair.laterClasses(), laterFiling, APPLIED_ON, 10));
      long nanos = System.nanoTime() - started;
      totalNanos += nanos;
      slowestNanos = Math.max(slowestNanos, nanos);

      assertThat(hits).hasSizeLessThanOrEqualTo(10);
      assertThat(hits).extracting(SearchHit::filingId).doesNotContain(laterFiling);
      int rank = rankOf(pair.earlierFiling(), hits);
      // The E rows were labelled without regard to the matcher's normalization (see the tsv).
      boolean writtenIndependently = pair.id().startsWith("E");
      if (writtenIndependently) {
        independent++;
        if (rank >= 1) {
          independentAtTen++;
        }
      }
      int[] counts = byVariation.computeIfAbsent(pair.variation(), v -> new int[3]);
      counts[0]++;
      if (rank == 1) {
        atOne++;
      }
      if (rank >= 1) {
        atTen++;
        counts[1]++;
        SearchHit hit = hits.get(rank - 1);
        pairScores.add(hit.score());
        assertThat(hit.classRelation()).as(pair.id()).isEqualTo(pair.relation());
        if (hit.score() >= threshold) {
          aboveThreshold++;
          counts[2]++;
        }
      } else {
        misses.add(
            pair.id()
                + " "
                + pair.earlierText()
                + " -> "
                + pair.laterText()
                + " (best: "
                + hits.stream()
                    .limit(3)
                    .map(h -> h.markText() + " " + h.score())
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
    int controlsWithHits = 0;
    List<Double> controlScores = new ArrayList<>();
    for (Pair control : controls) {
      List<SearchHit> hits =
          search.search(
              new SearchQuery(control.laterText(), control.laterClasses(), null, APPLIED_ON, 10));
      controlScores.add(hits.isEmpty() ? 0.0 : hits.get(0).score());
      if (!hits.isEmpty() && hits.get(0).score() >= threshold) {
        controlsWithHits++;
      }
    }
    // New applications drawn like the register (not in it): how often the best hit passes.
    SyntheticRegister applications = new SyntheticRegister(GENERATOR_SEED + 1);
    List<Double> newScores = new ArrayList<>();
    for (IndexedMark application : applications.marks(RANDOM_APPLICATIONS, 1, text -> false)) {
      List<SearchHit> hits =
          search.search(
              new SearchQuery(
                  application.markText(), application.niceClasses(), null, APPLIED_ON, 10));
      newScores.add(hits.isEmpty() ? 0.0 : hits.get(0).score());
    }
    System.out.println("Score of the labelled earlier mark: " + quantiles(pairScores));
    System.out.println("Best score of a control: " + quantiles(controlScores));
    System.out.println("Best score of a new random application: " + quantiles(newScores));
    double recallAt1 = (double) atOne / pairs.size();
    double recallAt10 = (double) atTen / pairs.size();
    System.out.printf(
        Locale.ROOT,
        "Relative-grounds search over %d marks: %d labelled pairs, recall@1 %.3f, recall@10 %.3f,"
            + " %d of %d earlier marks found score at least the threshold %.2f;"
            + " mean query %.1f ms, slowest %.1f ms; %d of %d controls have a hit at or above the"
            + " threshold%n",
        BACKGROUND_MARKS + pairs.size(),
        pairs.size(),
        recallAt1,
        recallAt10,
        aboveThreshold,
        atTen,
        threshold,
        totalNanos / 1e6 / pairs.size(),
        slowestNanos / 1e6,
        controlsWithHits,
        controls.size());
    double independentRecallAt10 = (double) independentAtTen / independent;
    System.out.printf(
        Locale.ROOT,
        "  of which %d pairs labelled independently of the normalization: recall@10 %.3f%n",
        independent,
        independentRecallAt10);
    byVariation.forEach(
        (variation, counts) ->
            System.out.printf(
                Locale.ROOT,
                "  %-22s %3d pairs, found in top 10: %3d, at or above the threshold: %3d%n",
                variation,
                counts[0],
                counts[1],
                counts[2]));
    misses.forEach(miss -> System.out.println("  missed " + miss));
    printPlan(pairs.get(0));

    assertThat(recallAt10).isGreaterThanOrEqualTo(0.9);
    assertThat(independentRecallAt10).isGreaterThanOrEqualTo(0.9);
    // A score that ranked everything alike would find the pairs but flag every control too.
    assertThat(controlsWithHits).isLessThanOrEqualTo(controls.size() / 5);
  }

  @Test
  void marksInClassesUnrelatedToThoseSearchedAreNotFound() {
    UUID clothing = indexed("ZORVANTIX", Set.of(25), RegisterStatus.REGISTERED);

    assertThat(search.search("ZORVANTIX", Set.of(9), null, 10))
        .extracting(SearchHit::filingId)
        .doesNotContain(clothing);
    assertThat(search.search("ZORVANTIX", Set.of(25), null, 10))
        .first()
        .satisfies(
            hit -> {
              assertThat(hit.filingId()).isEqualTo(clothing);
              assertThat(hit.classRelation()).isEqualTo(ClassRelation.SAME);
              assertThat(hit.score()).isEqualTo(1.0);
            });
  }

  @Test
  void marksInRelatedClassesAreFoundAndFlaggedRelated() {
    UUID software = indexed("QUILMORADO", Set.of(9), RegisterStatus.REGISTERED);

    List<SearchHit> hits = search.search("KILMORADO", Set.of(42), null, 10);

    assertThat(hits).first().extracting(SearchHit::filingId).isEqualTo(software);
    SearchHit hit = hits.get(0);
    assertThat(hit.classRelation()).isEqualTo(ClassRelation.RELATED);
    assertThat(hit.niceClasses()).containsExactly(9);
    assertThat(hit.score()).isLessThan(hit.textSimilarity() * 0.6 + hit.phoneticSimilarity() * 0.4);
  }

  @Test
  void theMarkSearchedForIsNeverItsOwnHit() {
    UUID own = indexed("BREXOLANDA", Set.of(30), RegisterStatus.PUBLISHED);

    assertThat(search.search("BREXOLANDA", Set.of(30), null, 10))
        .extracting(SearchHit::filingId)
        .startsWith(own);
    assertThat(search.search("BREXOLANDA", Set.of(30), own, 10))
        .extracting(SearchHit::filingId)
        .doesNotContain(own);
  }

  @Test
  void refusedWithdrawnExpiredAndCancelledMarksAreNoEarlierRights() {
    UUID mark = indexed("TROVINDALE", Set.of(3), RegisterStatus.REGISTERED);
    assertThat(ids(search.search("TROVINDALE", Set.of(3), null, 10))).contains(mark);

    for (RegisterStatus status :
        List.of(
            RegisterStatus.REFUSED,
            RegisterStatus.WITHDRAWN,
            RegisterStatus.EXPIRED,
            RegisterStatus.CANCELLED)) {
      index(mark, "TROVINDALE", Set.of(3), status, null);
      assertThat(ids(search.search("TROVINDALE", Set.of(3), null, 10)))
          .as(status.name())
          .doesNotContain(mark);
    }
    index(mark, "TROVINDALE", Set.of(3), RegisterStatus.PUBLISHED, null);
    assertThat(ids(search.search("TROVINDALE", Set.of(3), null, 10))).contains(mark);
  }

  @Test
  void aStatusChangeTakesTheMarkOutOfOrBackIntoTheEarlierRights() {
    UUID mark = indexed("QUENDARIVO", Set.of(20), RegisterStatus.PUBLISHED);

    assertThat(search.statusChanged(mark, RegisterStatus.WITHDRAWN, null)).isTrue();
    assertThat(ids(search.search("QUENDARIVO", Set.of(20), null, 10))).doesNotContain(mark);

    assertThat(search.statusChanged(mark, RegisterStatus.REGISTERED, "R-QUENDA")).isTrue();
    assertThat(search.search("QUENDARIVO", Set.of(20), null, 10))
        .first()
        .extracting(SearchHit::filingId, SearchHit::registrationNumber)
        .containsExactly(mark, "R-QUENDA");

    assertThat(search.statusChanged(UUID.randomUUID(), RegisterStatus.REGISTERED, null)).isFalse();
  }

  @Test
  void aMarkOfLaterSeniorityIsNoEarlierRight() {
    UUID later = UUID.randomUUID();
    index(later, "MELQUARDIX", Set.of(12), RegisterStatus.PUBLISHED, APPLIED_ON.plusDays(1));

    assertThat(ids(search.search(new SearchQuery("MELQUARDIX", Set.of(12), null, APPLIED_ON, 10))))
        .doesNotContain(later);
    assertThat(ids(search.search(new SearchQuery("MELQUARDIX", Set.of(12), null, null, 10))))
        .contains(later);
  }

  @Test
  void reindexingUpdatesTheMarkAndRemovingTakesItOut() {
    UUID mark = indexed("PLONDERVIK", Set.of(41), RegisterStatus.PUBLISHED);
    index(mark, "SAFRONELLO", Set.of(41), RegisterStatus.REGISTERED, null);

    assertThat(ids(search.search("PLONDERVIK", Set.of(41), null, 10))).doesNotContain(mark);
    assertThat(search.search("SAFRONELLO", Set.of(41), null, 10))
        .first()
        .extracting(SearchHit::filingId, SearchHit::registrationNumber)
        .containsExactly(mark, "R-" + mark.toString().substring(0, 8));

    search.remove(mark);
    assertThat(ids(search.search("SAFRONELLO", Set.of(41), null, 10))).doesNotContain(mark);
  }

  @Test
  void formsComputedByAnotherVersionAreRecomputed() {
    UUID mark = indexed("VELTRANOSK", Set.of(7), RegisterStatus.REGISTERED);
    jdbc.sql(
            "UPDATE register_mark SET normalized = 'zzzz', phonetic_key = 'S', forms_version = '0.9'"
                + " WHERE filing_id = :id")
        .param("id", mark)
        .update();
    assertThat(ids(search.search("VELTRANOSK", Set.of(7), null, 10))).doesNotContain(mark);

    assertThat(search.refreshForms()).isGreaterThanOrEqualTo(1);

    assertThat(ids(search.search("VELTRANOSK", Set.of(7), null, 10))).startsWith(mark);
    assertThat(search.refreshForms()).isZero();
  }

  @Test
  void theSearchLeavesTheSettingsOfTheCallersTransactionAsTheyWere() {
    String settings =
        transactions.execute(
            status -> {
              search.search("KODAK", Set.of(9), null, 10);
              return jdbc.sql(
                      "SELECT current_setting('enable_seqscan') || ' '"
                          + " || current_setting('pg_trgm.similarity_threshold')")
                  .query(String.class)
                  .single();
            });

    assertThat(settings).isEqualTo("on 0.3");
  }

  @Test
  void searchStaysOnTheTrigramIndexWhileMarksEnterTheRegisterOneAtATime() {
    // As in the office: each published mark is its own insert, and a search follows each one.
    for (IndexedMark mark :
        new SyntheticRegister(GENERATOR_SEED + 1).marks(300, 900_000, text -> false)) {
      seeded.add(mark.filingId());
      search.index(mark);
    }
    analyze();

    Pair pair = pairs.get(0);
    String plan = String.join("\n", plan(pair));

    assertThat(plan).contains("Bitmap Index Scan on register_mark_normalized_trgm");
    // Only look-alikes are read: not every mark in force compared with the query.
    assertThat(plan).doesNotContain("Filter: ((normalized %");
  }

  @Test
  void aMarkWithoutLettersOrDigitsFindsNothing() {
    assertThat(search.search("★ ★ ★", Set.of(9), null, 10)).isEmpty();
  }

  @Test
  void decisionNotifiesEarlierRightsByDefaultAndIsClearWithoutThem() {
    indexed("GLIMMERAX", Set.of(32), RegisterStatus.REGISTERED);
    UUID applied = UUID.randomUUID();

    Decision notify =
        search.decideRelativeGrounds(applied, "GLIMMERAKS", Set.of(32, 33), APPLIED_ON);

    assertThat(notify.outcome()).isEqualTo(RelativeGroundsDecision.NOTIFY_EARLIER_RIGHTS);
    assertThat(notify.reasons().get(0).text())
        .startsWith("Earlier mark R-")
        .contains("'GLIMMERAX' in class 32 (same class): text similarity");
    assertThat(notify.inputs()).containsEntry("policy", "NOTIFY");
    // The recorded inputs replay to the same decision.
    assertThat(
            new RelativeGroundsDecision()
                .decide(RelativeGroundsInput.fromSnapshot(notify.inputs())))
        .isEqualTo(notify);

    Decision clear =
        search.decideRelativeGrounds(applied, "WUXTOPHRAMEL BLENDIQ", Set.of(32), APPLIED_ON);
    assertThat(clear.outcome()).isEqualTo(RelativeGroundsDecision.CLEAR);
  }

  @Test
  void officeDefaultsAreNotifyThresholdAndTenResults() {
    assertThat(search.settings()).isEqualTo(SearchProperties.defaults());
  }

  private UUID indexed(String text, Set<Integer> classes, RegisterStatus status) {
    UUID filing = UUID.randomUUID();
    index(filing, text, classes, status, null);
    return filing;
  }

  private void index(
      UUID filing, String text, Set<Integer> classes, RegisterStatus status, LocalDate priority) {
    seeded.add(filing);
    String serial =
        String.format("%09d", Math.floorMod(filing.getLeastSignificantBits(), 1_000_000_000L));
    search.index(
        new IndexedMark(
            filing,
            "301999" + serial,
            status == RegisterStatus.PUBLISHED ? null : "R-" + filing.toString().substring(0, 8),
            text,
            classes,
            status,
            "Test holder",
            priority));
  }

  private static List<UUID> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::filingId).toList();
  }

  private static String quantiles(List<Double> scores) {
    List<Double> sorted = scores.stream().sorted().toList();
    StringBuilder text = new StringBuilder();
    for (double q : new double[] {0.0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0}) {
      int i = (int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()));
      text.append(String.format(Locale.ROOT, "p%.0f=%.3f ", q * 100, sorted.get(i)));
    }
    for (double t : new double[] {0.5, 0.55, 0.6, 0.65, 0.7}) {
      long at = scores.stream().filter(score -> score >= t).count();
      text.append(String.format(Locale.ROOT, ">=%.2f: %d/%d ", t, at, scores.size()));
    }
    return text.toString();
  }

  private static int rankOf(UUID filing, List<SearchHit> hits) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).filingId().equals(filing)) {
        return i + 1;
      }
    }
    return -1;
  }

  private void readPairs() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/search/confusable-pairs.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[1].equals("CONTROL")) {
          controls.add(new Pair(f[0], f[1], null, null, Set.of(), f[4], classes(f[5]), null));
        } else {
          pairs.add(
              new Pair(
                  f[0],
                  f[1],
                  UUID.nameUUIDFromBytes(("earlier " + f[0]).getBytes(StandardCharsets.UTF_8)),
                  f[2],
                  classes(f[3]),
                  f[4],
                  classes(f[5]),
                  ClassRelation.valueOf(f[6])));
        }
      }
    }
  }

  private static Set<Integer> classes(String list) {
    return Arrays.stream(list.split(","))
        .map(Integer::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** How PostgreSQL runs a candidate query: the indexes it uses. */
  private void printPlan(Pair pair) {
    System.out.println("Plan of the candidate query for " + pair.laterText() + ":");
    plan(pair).forEach(line -> System.out.println("  " + line));
  }

  private List<String> plan(Pair pair) {
    return transactions.execute(
        status ->
            table.explainCandidates(
                MarkForms.normalized(pair.laterText()),
                MarkForms.phoneticKey(pair.laterText()),
                RelatedNiceClasses.withRelated(pair.laterClasses()),
                null,
                APPLIED_ON,
                200));
  }
}
