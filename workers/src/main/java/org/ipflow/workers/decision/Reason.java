package org.ipflow.workers.decision;

import java.util.Objects;

/**
 * One reason for a decision: a stable code for machines and a sentence for people.
 *
 * @param code stable reason code, e.g. {@code F03}
 * @param text what the code means for this filing, in plain language
 */
public record Reason(String code, String text) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
