package org.ipflow.platform.testing.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.EventBasedGatewayActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.pvm.PvmTransition;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.pvm.process.TransitionImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Records into {@link BpmnCoverage} what the engine executes: a parse listener adds, to every
 * parsed process, a listener on the start of each activity (flow nodes, including boundary events
 * and event sub-processes and whatever they contain) and on the taking of each sequence flow.
 * Registered by {@code PlatformTestInitializer} in every test context, never in the application.
 */
public final class BpmnCoveragePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new Recorder());
  }

  /** Called after the whole process is parsed: every activity and transition exists by then. */
  private static final class Recorder implements BpmnParseListener {
    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
      Map<String, List<String>> flowsByEnds = new HashMap<>();
      collectFlows(element, flowsByEnds);
      instrument(process.getKey(), process, flowsByEnds);
    }

    private static void instrument(
        String key, ScopeImpl scope, Map<String, List<String>> flowsByEnds) {
      for (ActivityImpl activity : scope.getActivities()) {
        String nodeId = activity.getId();
        List<String> eventGatewayFlows = flowsFromEventBasedGateway(activity, flowsByEnds);
        activity.addBuiltInListener(
            ExecutionListener.EVENTNAME_START,
            (ExecutionListener)
                execution -> {
                  BpmnCoverage.nodeStarted(key, nodeId);
                  eventGatewayFlows.forEach(flow -> BpmnCoverage.flowTaken(key, flow));
                });
        for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
          String flowId = outgoing.getId();
          ((TransitionImpl) outgoing)
              .addBuiltInListener(
                  ExecutionListener.EVENTNAME_TAKE,
                  (ExecutionListener) execution -> BpmnCoverage.flowTaken(key, flowId));
        }
        instrument(key, activity, flowsByEnds);
      }
    }

    /**
     * The engine takes no sequence flow from an event-based gateway to the event that fires: the
     * event cancels the gateway's scope and starts directly. The event's start is the outcome of
     * that flow, so it counts the flow(s) from the gateway to it as taken.
     */
    private static List<String> flowsFromEventBasedGateway(
        ActivityImpl activity, Map<String, List<String>> flowsByEnds) {
      if (activity.getEventScope() instanceof ActivityImpl gateway
          && gateway != activity
          && gateway.getActivityBehavior() instanceof EventBasedGatewayActivityBehavior) {
        return flowsByEnds.getOrDefault(ends(gateway.getId(), activity.getId()), List.of());
      }
      return List.of();
    }

    /** The sequence flows of the process's XML, sub-processes included, by source and target. */
    private static void collectFlows(Element element, Map<String, List<String>> flowsByEnds) {
      for (Element child : element.elements()) {
        if ("sequenceFlow".equals(child.getTagName())) {
          flowsByEnds
              .computeIfAbsent(
                  ends(child.attribute("sourceRef"), child.attribute("targetRef")),
                  k -> new ArrayList<>())
              .add(child.attribute("id"));
        }
        collectFlows(child, flowsByEnds);
      }
    }

    private static String ends(String source, String target) {
      return source + " -> " + target;
    }
  }
}
