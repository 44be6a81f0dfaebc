package org.ipflow.workers.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One reason for a decision: a stable code for machines and a sentence for people.
 *
 * <p>The sentence is English and is what the decision ledger records. The arguments are the values
 * the sentence was built from, in order, so that {@link ReasonTexts} can write the same sentence in
 * another language of proceedings from the bundle {@code reasons_<language>.properties}, keyed by
 * the code. A reason made without arguments (a sentence with no values, or a ledger row written
 * before reasons carried them) has none.
 *
 * @param code stable reason code, e.g. {@code F03}
 * @param text what the code means for this filing, in plain language (English)
 * @param args the values the sentence states, as text, in the order of its placeholders; never
 *     {@code null}
 */
public record Reason(String code, String text, List<String> args) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    // A ledger row written before reasons carried arguments has none.
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A reason whose sentence states no value, or whose values are not given. */
  public Reason(String code, String text) {
    this(code, text, List.of());
  }

  /**
   * A reason whose sentence states {@code args}; each is kept as {@link String#valueOf} writes it,
   * as the sentence does ({@code null} as {@code "null"}).
   */
  public static Reason of(String code, String text, Object... args) {
    List<String> values = new ArrayList<>(args.length);
    for (Object arg : args) {
      values.add(String.valueOf(arg));
    }
    return new Reason(code, text, values);
  }
}
