package org.ipflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.operaton.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.instance.Decision;
import org.operaton.bpm.model.dmn.instance.Rule;

/**
 * Every rule of every DMN table, on the standalone DMN engine (no process engine, no Spring): which
 * rule a case hits and what it decides, with dates either side of each fee change and of the first
 * schedule. {@link #everyRuleOfEveryTableIsHitByACase()} keeps the cases complete.
 */
class DecisionTablesTest {

  private static final List<DmnDecisionTableEvaluationEvent> EVALUATIONS = new ArrayList<>();
  private static final DmnEngine ENGINE = engine();

  /** A filing date and the row of an effective-dated fee schedule it falls under. */
  record ScheduleCase(
      String resource,
      String right,
      LocalDate filingDate,
      String rule,
      long baseFeeMinor,
      int unitsIncluded,
      long extraUnitFeeMinor) {
    @Override
    public String toString() {
      return "%s filed on %s: %s".formatted(right, filingDate, rule == null ? "no schedule" : rule);
    }
  }

  /** A right, applicant category and filing date, and the reduction rule they fall under. */
  record ReductionCase(
      String right, String category, LocalDate filingDate, String rule, Integer percent) {
    @Override
    public String toString() {
      return "%s %s filed on %s: %s"
          .formatted(right, category, filingDate, rule == null ? "no rule" : rule + " " + percent);
    }
  }

  static List<ScheduleCase> schedules() {
    List<ScheduleCase> cases = new ArrayList<>();
    String trademark = Decisions.feesResource("TRADEMARK");
    cases.add(noSchedule(trademark, "TRADEMARK", "2019-12-31"));
    cases.add(row(trademark, "TRADEMARK", "2020-01-01", "Rule_trademark_2020", 85000, 1, 15000));
    cases.add(row(trademark, "TRADEMARK", "2026-12-31", "Rule_trademark_2020", 85000, 1, 15000));
    cases.add(row(trademark, "TRADEMARK", "2027-01-01", "Rule_trademark_2027", 90000, 1, 16000));
    String design = Decisions.feesResource("DESIGN");
    cases.add(noSchedule(design, "DESIGN", "2019-12-31"));
    cases.add(row(design, "DESIGN", "2020-01-01", "Rule_design_2020", 35000, 1, 17500));
    cases.add(row(design, "DESIGN", "2026-12-31", "Rule_design_2020", 35000, 1, 17500));
    cases.add(row(design, "DESIGN", "2027-01-01", "Rule_design_2027", 37000, 1, 18500));
    String patent = Decisions.feesResource("PATENT");
    cases.add(noSchedule(patent, "PATENT", "2019-12-31"));
    cases.add(row(patent, "PATENT", "2020-01-01", "Rule_patent_2020", 60000, 10, 25000));
    cases.add(row(patent, "PATENT", "2026-12-31", "Rule_patent_2020", 60000, 10, 25000));
    cases.add(row(patent, "PATENT", "2027-01-01", "Rule_patent_2027", 65000, 10, 26500));
    String utilityModel = Decisions.feesResource("UTILITY_MODEL");
    cases.add(noSchedule(utilityModel, "UTILITY_MODEL", "2019-12-31"));
    cases.add(
        row(
            utilityModel,
            "UTILITY_MODEL",
            "2020-01-01",
            "Rule_utilitymodel_2020",
            30000,
            10,
            10000));
    cases.add(
        row(
            utilityModel,
            "UTILITY_MODEL",
            "2027-01-01",
            "Rule_utilitymodel_2020",
            30000,
            10,
            10000));
    // The first table, trade marks only, kept so that its decisions can be replayed.
    String legacy = Decisions.TRADEMARK_FEES_RESOURCE;
    cases.add(noSchedule(legacy, "TRADEMARK", "2019-12-31"));
    cases.add(noSchedule(legacy, "DESIGN", "2026-06-01"));
    cases.add(row(legacy, "TRADEMARK", "2020-01-01", "Rule_Trademark_2020", 85000, 1, 15000));
    cases.add(row(legacy, "TRADEMARK", "2026-12-31", "Rule_Trademark_2020", 85000, 1, 15000));
    cases.add(row(legacy, "TRADEMARK", "2027-01-01", "Rule_Trademark_2027", 90000, 1, 16000));
    return cases;
  }

  static List<ReductionCase> reductions() {
    List<ReductionCase> cases = new ArrayList<>();
    for (String right : List.of("TRADEMARK", "DESIGN", "PATENT", "UTILITY_MODEL")) {
      int natural = right.equals("TRADEMARK") || right.equals("DESIGN") ? 25 : 50;
      int sme = right.equals("TRADEMARK") || right.equals("DESIGN") ? 25 : 30;
      String prefix = "Rule_Reduction_" + right + "_";
      cases.add(reduction(right, "NATURAL_PERSON", "2019-12-31", null, null));
      cases.add(
          reduction(right, "NATURAL_PERSON", "2020-01-01", prefix + "NATURAL_PERSON", natural));
      cases.add(
          reduction(right, "NATURAL_PERSON", "2027-01-01", prefix + "NATURAL_PERSON", natural));
      cases.add(reduction(right, "SME", "2019-12-31", null, null));
      cases.add(reduction(right, "SME", "2020-01-01", prefix + "SME", sme));
      cases.add(reduction(right, "SME", "2027-01-01", prefix + "SME", sme));
      cases.add(reduction(right, "LEGAL_ENTITY", "2026-12-31", "Rule_Reduction_None", 0));
      cases.add(reduction(right, "LEGAL_ENTITY", "2027-01-01", "Rule_Reduction_None", 0));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void feeScheduleInForceOnTheFilingDateApplies(ScheduleCase c) {
    Evaluation result =
        evaluate(c.resource(), Map.of("ipRight", c.right(), "filingDate", c.filingDate()));

    if (c.rule() == null) {
      assertThat(result.rules()).isEmpty();
      return;
    }
    assertThat(result.rules()).containsExactly(c.rule());
    Map<String, Object> row = result.outputs().get(0);
    boolean legacy = c.resource().equals(Decisions.TRADEMARK_FEES_RESOURCE);
    assertThat(((Number) row.get("baseFeeMinor")).longValue()).isEqualTo(c.baseFeeMinor());
    assertThat(((Number) row.get(legacy ? "classesIncluded" : "unitsIncluded")).intValue())
        .isEqualTo(c.unitsIncluded());
    assertThat(((Number) row.get(legacy ? "extraClassFeeMinor" : "extraUnitFeeMinor")).longValue())
        .isEqualTo(c.extraUnitFeeMinor());
    assertThat(row).containsEntry("currency", "EUR");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reductions")
  void reductionDependsOnTheRightAndTheApplicantCategory(ReductionCase c) {
    Evaluation result =
        evaluate(
            Decisions.FEE_REDUCTIONS_RESOURCE,
            Map.of(
                "ipRight", c.right(),
                "applicantCategory", c.category(),
                "filingDate", c.filingDate()));

    if (c.rule() == null) {
      assertThat(result.rules()).isEmpty();
      return;
    }
    assertThat(result.rules()).containsExactly(c.rule());
    assertThat(((Number) result.outputs().get(0).get("reductionPercent")).intValue())
        .isEqualTo(c.percent());
  }

  @Test
  void everyRuleOfEveryTableIsHitByACase() {
    Map<String, Set<String>> hit = new HashMap<>();
    for (ScheduleCase c : schedules()) {
      if (c.rule() != null) {
        hit.computeIfAbsent(c.resource(), k -> new TreeSet<>()).add(c.rule());
      }
    }
    for (ReductionCase c : reductions()) {
      if (c.rule() != null) {
        hit.computeIfAbsent(Decisions.FEE_REDUCTIONS_RESOURCE, k -> new TreeSet<>()).add(c.rule());
      }
    }

    for (String resource : tables()) {
      Set<String> rules = new TreeSet<>();
      read(resource).getModelElementsByType(Rule.class).forEach(r -> rules.add(r.getId()));
      assertThat(hit.getOrDefault(resource, Set.of()))
          .as("rules of %s hit by a case of this test", resource)
          .containsExactlyInAnyOrderElementsOf(rules);
    }
  }

  /** Every DMN table of the module, found in its sources so that a new one is not forgotten. */
  private static List<String> tables() {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/dmn"))) {
      List<String> tables =
          files
              .map(f -> "dmn/" + f.getFileName())
              .filter(name -> name.endsWith(".dmn"))
              .sorted()
              .toList();
      assertThat(tables).isNotEmpty();
      return tables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- helpers

  private record Evaluation(List<String> rules, List<Map<String, Object>> outputs) {}

  private static synchronized Evaluation evaluate(String resource, Map<String, Object> inputs) {
    DmnModelInstance model = read(resource);
    Decision decision = model.getModelElementsByType(Decision.class).iterator().next();
    DmnDecision parsed = ENGINE.parseDecision(decision.getId(), model);
    EVALUATIONS.clear();
    List<Map<String, Object>> outputs = new ArrayList<>();
    ENGINE
        .evaluateDecisionTable(parsed, new HashMap<>(inputs))
        .getResultList()
        .forEach(outputs::add);
    assertThat(EVALUATIONS).hasSize(1);
    List<String> rules =
        EVALUATIONS.get(0).getMatchingRules().stream()
            .map(DmnEvaluatedDecisionRule::getId)
            .toList();
    return new Evaluation(rules, outputs);
  }

  private static DmnModelInstance read(String resource) {
    try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DmnEngine engine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(EVALUATIONS::add));
    return configuration.buildEngine();
  }

  private static ScheduleCase row(
      String resource, String right, String date, String rule, long base, int units, long extra) {
    return new ScheduleCase(resource, right, LocalDate.parse(date), rule, base, units, extra);
  }

  private static ScheduleCase noSchedule(String resource, String right, String date) {
    return new ScheduleCase(resource, right, LocalDate.parse(date), null, 0, 0, 0);
  }

  private static ReductionCase reduction(
      String right, String category, String date, String rule, Integer percent) {
    return new ReductionCase(right, category, LocalDate.parse(date), rule, percent);
  }
}
