package org.ipflow.platform.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A deterministic register of invented marks for the search evaluation: pronounceable words built
 * from syllables (the same inventory as the labelled pairs), some of two words, some with a generic
 * word or a hyphen, spread over the 45 Nice classes with the most-filed classes more frequent, most
 * of them in force and some refused, withdrawn or expired.
 */
final class SyntheticRegister {

  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "b", "c", "d",
    "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "ch", "cl", "cr", "dr", "fl", "fr",
    "gr", "kl", "kr", "ph", "pl", "pr", "qu", "sh", "sk", "sl", "st", "tr", "w", "h", ""
  };
  private static final String[] VOWELS = {
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "u", "a", "e", "i", "o", "y", "ai", "au", "ea",
    "io", "ou", "ei"
  };
  private static final String[] CODAS_INSIDE = {"", "", "", "", "", "", "", "", "n", "r", "l", "s"};
  private static final String[] CODAS_AT_END = {
    "", "", "", "n", "r", "s", "l", "x", "ck", "ll", "ss", "nt", "m"
  };
  private static final String[] GENERIC = {
    "GROUP",
    "SHOP",
    "INTERNATIONAL",
    "PREMIUM",
    "STORE",
    "COMPANY",
    "LABS",
    "STUDIO",
    "GLOBAL",
    "ORIGINAL",
    "CLUB",
    "SYSTEMS",
    "SOLUTIONS",
    "HOLDING",
    "EXPRESS",
    "PLUS",
    "PRO",
    "LTD",
    "GMBH"
  };

  /** Nice classes by how often marks are filed in them, most frequent first. */
  private static final int[] BY_FREQUENCY = {
    9, 35, 42, 41, 25, 3, 5, 16, 30, 43, 44, 28, 29, 32, 33, 18, 14, 12, 21, 20, 11, 7, 1, 36, 37,
    39, 10, 19, 6, 31, 38, 24, 45, 8, 2, 4, 13, 15, 17, 22, 23, 26, 27, 34, 40
  };

  private final Random random;

  SyntheticRegister(long seed) {
    random = new Random(seed);
  }

  /**
   * {@code count} marks with application numbers {@code 30<year><serial>} from {@code firstSerial},
   * none of whose texts {@code excluded} accepts.
   */
  List<IndexedMark> marks(int count, int firstSerial, Predicate<String> excluded) {
    List<IndexedMark> marks = new ArrayList<>(count);
    Set<String> texts = new LinkedHashSet<>();
    int serial = firstSerial;
    while (marks.size() < count) {
      String text = markText();
      if (excluded.test(text) || !texts.add(text)) {
        continue;
      }
      int year = 1995 + random.nextInt(31);
      RegisterStatus status = status();
      String applicationNumber = String.format("30%04d%09d", year, serial);
      String registrationNumber =
          status == RegisterStatus.PUBLISHED ? null : String.format("%08d", 90_000_000 + serial);
      marks.add(
          new IndexedMark(
              new UUID(0x5EA2C4L, serial),
              applicationNumber,
              registrationNumber,
              text,
              classes(),
              status,
              "Holder " + serial,
              LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))));
      serial++;
    }
    return marks;
  }

  String markText() {
    double kind = random.nextDouble();
    if (kind < 0.70) {
      return word(2 + random.nextInt(2));
    }
    if (kind < 0.82) {
      return word(1 + random.nextInt(2)) + " " + word(1 + random.nextInt(2));
    }
    if (kind < 0.92) {
      return word(2 + random.nextInt(2)) + " " + GENERIC[random.nextInt(GENERIC.length)];
    }
    return word(1 + random.nextInt(2)) + "-" + word(1 + random.nextInt(2));
  }

  private String word(int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(pick(ONSETS)).append(pick(VOWELS));
      word.append(pick(i == syllables - 1 ? CODAS_AT_END : CODAS_INSIDE));
    }
    return word.toString().toUpperCase(Locale.ROOT);
  }

  private Set<Integer> classes() {
    int count = 1 + (random.nextDouble() < 0.35 ? 1 + random.nextInt(2) : 0);
    Set<Integer> classes = new LinkedHashSet<>();
    while (classes.size() < count) {
      // A geometric-like preference for the most-filed classes; every class can occur.
      int index = (int) Math.min(BY_FREQUENCY.length - 1, Math.abs(random.nextGaussian()) * 14);
      classes.add(BY_FREQUENCY[index]);
    }
    return classes;
  }

  private RegisterStatus status() {
    double p = random.nextDouble();
    if (p < 0.86) {
      return RegisterStatus.REGISTERED;
    }
    if (p < 0.92) {
      return RegisterStatus.PUBLISHED;
    }
    return p < 0.95
        ? RegisterStatus.WITHDRAWN
        : p < 0.98 ? RegisterStatus.REFUSED : RegisterStatus.EXPIRED;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
