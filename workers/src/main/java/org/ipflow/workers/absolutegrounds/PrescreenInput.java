package org.ipflow.workers.absolutegrounds;

import java.util.List;
import java.util.Locale;

/**
 * What the absolute-grounds pre-screen looks at.
 *
 * @param markText the word element of the mark as filed; null or blank for a purely figurative mark
 * @param languages ISO 639-1 codes of the languages to check (e.g. {@code fr}); empty means every
 *     configured language. Kept lower-case, without duplicates, in the order given.
 * @param niceClasses the Nice classes of the goods and services claimed; kept sorted, without
 *     duplicates. Genericness and some descriptiveness depend on them.
 */
public record PrescreenInput(String markText, List<String> languages, List<Integer> niceClasses) {

  public PrescreenInput {
    languages =
        languages == null
            ? List.of()
            : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    niceClasses =
        niceClasses == null ? List.of() : niceClasses.stream().distinct().sorted().toList();
  }

  /** A mark to check in every configured language for the given classes. */
  public static PrescreenInput of(String markText, Integer... niceClasses) {
    return new PrescreenInput(markText, List.of(), List.of(niceClasses));
  }
}
