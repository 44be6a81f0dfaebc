package org.ipflow.platform.testing.coverage;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engines of this JVM executed, per process definition key: the flow nodes started and the
 * sequence flows taken. Static because every Spring context of the integration tests has its own
 * engine and database, while failsafe runs all integration tests in one JVM ({@code forkCount=1},
 * {@code reuseForks=true} in the platform's POM); {@link BpmnCoverageIT} reads it after the others.
 */
public final class BpmnCoverage {

  private static final Map<String, Set<String>> NODES = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> FLOWS = new ConcurrentHashMap<>();

  private BpmnCoverage() {}

  static void nodeStarted(String processKey, String nodeId) {
    NODES.computeIfAbsent(processKey, k -> ConcurrentHashMap.newKeySet()).add(nodeId);
  }

  static void flowTaken(String processKey, String flowId) {
    FLOWS.computeIfAbsent(processKey, k -> ConcurrentHashMap.newKeySet()).add(flowId);
  }

  /** The flow nodes of {@code processKey} started so far. */
  public static Set<String> nodes(String processKey) {
    return new TreeSet<>(NODES.getOrDefault(processKey, Set.of()));
  }

  /** The sequence flows of {@code processKey} taken so far. */
  public static Set<String> flows(String processKey) {
    return new TreeSet<>(FLOWS.getOrDefault(processKey, Set.of()));
  }
}
