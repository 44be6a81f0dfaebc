package org.ipflow.workers.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an automated decision produced, with everything needed to explain and to replay it: the
 * outcome, the reasons in words, the inputs it saw, the version of the rules that made it and the
 * legal basis.
 *
 * @param type the decision type, stable across versions (e.g. {@code trademark-formalities})
 * @param version the version of the rules that made this decision
 * @param outcome the outcome the process branches on (e.g. {@code COMPLETE})
 * @param reasons why, as codes with human-readable text; never empty
 * @param inputs a snapshot of every input the decision used, JSON-serialisable
 * @param outputs values the decision computed besides its outcome (e.g. an amount),
 *     JSON-serialisable
 * @param legalBasis the provision the office relies on to take this decision
 */
public record Decision(
    String type,
    String version,
    String outcome,
    List<Reason> reasons,
    Map<String, Object> inputs,
    Map<String, Object> outputs,
    String legalBasis) {

  public Decision {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(legalBasis, "legalBasis");
    if (reasons == null || reasons.isEmpty()) {
      throw new IllegalArgumentException("a decision states at least one reason");
    }
    reasons = List.copyOf(reasons);
    // Inputs may hold nulls (a missing field is part of what the decision saw), so no Map.copyOf.
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }
}
