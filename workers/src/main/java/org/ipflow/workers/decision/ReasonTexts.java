package org.ipflow.workers.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentences of reasons in the office's languages of proceedings.
 *
 * <p>Each language has a bundle {@code reasons_<language>.properties} next to this class (English:
 * {@code reasons_en.properties}) of {@link MessageFormat} patterns keyed by reason code; a code
 * whose sentence has several shapes has one key per shape, {@code <code>.<shape>} (e.g. {@code
 * F07.empty}). An argument of the form {@code ~name} is the entry {@code term.name} of the bundle,
 * in its language (e.g. {@code ~right.TRADEMARK}). Codes whose sentences share their shapes name a
 * family instead of patterns of their own: {@code alias.<code>=<family>} (e.g. every term-list
 * finding of the absolute-grounds pre-screen).
 *
 * <p>The English sentence a decision recorded stays the authority: a reason is written in another
 * language only when one English pattern of its code, filled with the reason's arguments, gives
 * exactly the recorded sentence, and then with the same key and arguments. Otherwise (a reason
 * recorded without arguments, a sentence an examiner wrote, a shape the bundles do not have) the
 * recorded English sentence is given, so that a letter never says something the ledger does not.
 */
public final class ReasonTexts {

  /** The languages with a bundle; English is the language reasons are recorded in. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  static final String ENGLISH = "en";
  private static final String TERM = "~";
  private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

  private ReasonTexts() {}

  /**
   * The sentence of {@code reason} in {@code language}: the translation when there is one for this
   * shape of sentence, else the recorded English sentence.
   */
  public static String text(Reason reason, String language) {
    return translated(reason, language).orElse(reason.text());
  }

  /**
   * The sentence of {@code reason} in {@code language}, if the bundles can write it: English gives
   * the recorded sentence when an English pattern reproduces it.
   */
  public static Optional<String> translated(Reason reason, String language) {
    Optional<String> key = key(reason);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String lang = language == null ? ENGLISH : language.toLowerCase(Locale.ROOT);
    if (lang.equals(ENGLISH)) {
      return Optional.of(reason.text());
    }
    String pattern = bundle(lang).get(key.get());
    return pattern == null ? Optional.empty() : Optional.of(format(lang, pattern, reason.args()));
  }

  /**
   * The key of the English pattern that, filled with the reason's arguments, gives exactly its
   * recorded sentence; empty if none does.
   */
  public static Optional<String> key(Reason reason) {
    Map<String, String> english = bundle(ENGLISH);
    String family = english.getOrDefault("alias." + reason.code(), reason.code());
    for (Map.Entry<String, String> entry : english.entrySet()) {
      String key = entry.getKey();
      if ((key.equals(family) || key.startsWith(family + "."))
          && format(ENGLISH, entry.getValue(), reason.args()).equals(reason.text())) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** Every key and pattern of {@code language}'s own bundle (no fallback), sorted by key. */
  public static Map<String, String> patterns(String language) {
    return bundle(language);
  }

  /**
   * {@code pattern} filled with {@code args}, each {@code ~name} read as the term in {@code
   * language}.
   */
  static String format(String language, String pattern, List<String> args) {
    Object[] values = new Object[args.size()];
    for (int i = 0; i < values.length; i++) {
      String arg = args.get(i);
      String term = arg.startsWith(TERM) ? bundle(language).get("term." + arg.substring(1)) : null;
      values[i] = term != null ? term : arg;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(values);
  }

  private static Map<String, String> bundle(String language) {
    return BUNDLES.computeIfAbsent(language, ReasonTexts::load);
  }

  private static Map<String, String> load(String language) {
    String resource = "reasons_" + language + ".properties";
    try (InputStream in = ReasonTexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> patterns = new TreeMap<>();
      properties.forEach((k, v) -> patterns.put((String) k, (String) v));
      return Collections.unmodifiableMap(patterns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
