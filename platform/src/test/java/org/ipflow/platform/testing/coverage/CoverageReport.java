package org.ipflow.platform.testing.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The coverage of every model by what was recorded: figures and the elements not covered. */
public record CoverageReport(List<ModelCoverage> models) {

  /** One process: its figures and what of it no scenario reached. */
  public record ModelCoverage(
      BpmnModels.Model model,
      Map<String, String> uncoveredNodes,
      Map<String, String> uncoveredFlows) {

    public String figures() {
      int nodes = model.flowNodes().size();
      int flows = model.flows().size();
      return "%s: %d/%d flow nodes, %d/%d sequence flows"
          .formatted(
              model.key(),
              nodes - uncoveredNodes.size(),
              nodes,
              flows - uncoveredFlows.size(),
              flows);
    }

    public boolean complete() {
      return uncoveredNodes.isEmpty() && uncoveredFlows.isEmpty();
    }
  }

  public static CoverageReport of(List<BpmnModels.Model> models) {
    List<ModelCoverage> result = new ArrayList<>();
    for (BpmnModels.Model model : models) {
      result.add(
          new ModelCoverage(
              model,
              missing(model.flowNodes(), BpmnCoverage.nodes(model.key())),
              missing(model.flows(), BpmnCoverage.flows(model.key()))));
    }
    return new CoverageReport(result);
  }

  private static Map<String, String> missing(Map<String, String> all, Set<String> covered) {
    Map<String, String> missing = new java.util.LinkedHashMap<>(all);
    missing.keySet().removeAll(covered);
    return missing;
  }

  public boolean complete() {
    return !models.isEmpty() && models.stream().allMatch(ModelCoverage::complete);
  }

  /** Figures per model, then the uncovered elements with their names, one a line. */
  public String text() {
    StringBuilder text = new StringBuilder();
    int nodes = 0;
    int coveredNodes = 0;
    int flows = 0;
    int coveredFlows = 0;
    for (ModelCoverage model : models) {
      text.append(model.figures()).append('\n');
      model
          .uncoveredNodes()
          .forEach(
              (id, name) ->
                  text.append("    uncovered flow node ")
                      .append(id)
                      .append(" \"")
                      .append(name)
                      .append("\"\n"));
      model
          .uncoveredFlows()
          .forEach(
              (id, label) ->
                  text.append("    uncovered sequence flow ")
                      .append(id)
                      .append(" [")
                      .append(label)
                      .append("]\n"));
      nodes += model.model().flowNodes().size();
      coveredNodes += model.model().flowNodes().size() - model.uncoveredNodes().size();
      flows += model.model().flows().size();
      coveredFlows += model.model().flows().size() - model.uncoveredFlows().size();
    }
    text.append(
        "all %d models: %d/%d flow nodes, %d/%d sequence flows%n"
            .formatted(models.size(), coveredNodes, nodes, coveredFlows, flows));
    return text.toString();
  }
}
