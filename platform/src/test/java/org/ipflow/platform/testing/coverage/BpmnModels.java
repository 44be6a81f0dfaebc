package org.ipflow.platform.testing.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.FlowElement;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.operaton.bpm.model.bpmn.instance.SubProcess;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What there is to cover: every executable process of every BPMN model the platform deploys (the
 * {@code bpmn/*.bpmn} resources of the processes module), with its flow nodes and sequence flows by
 * id, sub-processes, boundary events and event sub-processes included.
 */
public final class BpmnModels {

  /** Where the models are on the classpath: the resources the engine deploys. */
  public static final String LOCATION = "classpath*:bpmn/*.bpmn";

  private BpmnModels() {}

  /** A process of a model and its elements by id, with a label to print for each. */
  public record Model(
      String key, String resource, Map<String, String> flowNodes, Map<String, String> flows) {}

  public static List<Model> all() {
    List<Model> models = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        try (InputStream in = resource.getInputStream()) {
          BpmnModelInstance model = Bpmn.readModelFromStream(in);
          for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
              Map<String, String> nodes = new LinkedHashMap<>();
              Map<String, String> flows = new LinkedHashMap<>();
              collect(process.getFlowElements(), nodes, flows);
              models.add(new Model(process.getId(), resource.getFilename(), nodes, flows));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    models.sort(Comparator.comparing(Model::key));
    return models;
  }

  private static void collect(
      Collection<FlowElement> elements, Map<String, String> nodes, Map<String, String> flows) {
    for (FlowElement element : elements) {
      if (element instanceof FlowNode node) {
        nodes.put(node.getId(), node.getName() == null ? node.getId() : node.getName());
      } else if (element instanceof SequenceFlow flow) {
        flows.put(
            flow.getId(),
            flow.getSource().getId()
                + " -> "
                + flow.getTarget().getId()
                + (flow.getName() == null ? "" : " (" + flow.getName() + ")"));
      }
      if (element instanceof SubProcess subProcess) {
        collect(subProcess.getFlowElements(), nodes, flows);
      }
    }
  }
}
