package org.ipflow.workers.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks the labels of a list of labelled wordings (a term list, class headings) by how closely a
 * query wording matches them, with a confidence per label.
 *
 * <p>Three views of each wording are compared by TF-IDF cosine similarity: its words and word
 * pairs, the character n-grams of its words (so that "earbuds" still meets "earphones" and a typo
 * still matches), and its head nouns (the thing claimed, not its qualifiers: "shampoos" in
 * "shampoos for dry hair"). A label scores its best-matching wording plus a little of its second
 * best. Confidences are a softmax over label scores, scaled down when even the best match is weak,
 * so a query unlike everything gets a low confidence even when one label is ahead of the others.
 *
 * <p>Immutable and thread-safe once built; deterministic (ties are broken by label order).
 */
final class TextMatcher {

  /**
   * One labelled wording.
   *
   * @param text the wording as written in the data file
   * @param label what the wording is classified in (e.g. "9")
   * @param weight how much a match on it counts; headings count a little less than terms
   */
  record Entry(String text, String label, double weight) {}

  /** A label and its confidence in [0,1]. */
  record Match(String label, double confidence) {}

  /**
   * How the views and scores are combined. Chosen by leave-one-out over the term list, not on the
   * evaluation set (see NiceMatcherCalibrationTest).
   */
  record Settings(
      double wordWeight,
      double charWeight,
      double headWeight,
      double secondBestWeight,
      double temperature,
      double strengthMidpoint,
      double strengthWidth) {

    static final Settings DEFAULT = new Settings(0.45, 0.35, 0.20, 0.50, 0.10, 0.10, 0.05);
  }

  private static final String NEGATION = "non";
  private static final double CONTRADICTION_FACTOR = 0.5;
  private static final int MIN_GRAM = 3;
  private static final int MAX_GRAM = 5;

  private final Settings settings;
  private final String[] labels;
  private final int[] entryLabel;
  private final double[] entryWeight;
  private final String[] entryKey;
  private final Channel words;
  private final Channel chars;
  private final Channel heads;

  TextMatcher(List<Entry> entries, Settings settings) {
    this.settings = settings;
    TreeSet<String> distinct = new TreeSet<>(TextMatcher::compareLabels);
    entries.forEach(e -> distinct.add(e.label()));
    this.labels = distinct.toArray(String[]::new);
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      labelIndex.put(labels[i], i);
    }
    int n = entries.size();
    entryLabel = new int[n];
    entryWeight = new double[n];
    entryKey = new String[n];
    List<Set<String>> wordFeatures = new ArrayList<>(n);
    List<Set<String>> charFeatures = new ArrayList<>(n);
    List<Set<String>> headFeatures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Entry entry = entries.get(i);
      entryLabel[i] = labelIndex.get(entry.label());
      entryWeight[i] = entry.weight();
      TextNormalizer.Analysis analysis = TextNormalizer.analyse(entry.text());
      entryKey[i] = String.join(" ", new TreeSet<>(analysis.tokens()));
      wordFeatures.add(wordFeatures(analysis.tokens()));
      charFeatures.add(charFeatures(analysis.tokens()));
      headFeatures.add(new LinkedHashSet<>(analysis.heads()));
    }
    words = new Channel(wordFeatures);
    chars = new Channel(charFeatures);
    heads = new Channel(headFeatures);
  }

  /** Labels from most to least likely, with confidences; labels that match nothing are left out. */
  List<Match> rank(String query) {
    return rank(query, false);
  }

  /**
   * As {@link #rank(String)}; with {@code leaveOutSameWording} the entries that say exactly what
   * the query says are ignored, which turns the term list into its own held-out test.
   */
  List<Match> rank(String query, boolean leaveOutSameWording) {
    TextNormalizer.Analysis analysis = TextNormalizer.analyse(query);
    if (analysis.tokens().isEmpty()) {
      return List.of();
    }
    int n = entryLabel.length;
    double[] similarity = new double[n];
    words.accumulate(wordFeatures(analysis.tokens()), settings.wordWeight(), similarity);
    chars.accumulate(charFeatures(analysis.tokens()), settings.charWeight(), similarity);
    heads.accumulate(new LinkedHashSet<>(analysis.heads()), settings.headWeight(), similarity);
    // "electric kettles" is not supported by "kettles, non-electric": the wordings contradict.
    for (String token : analysis.tokens()) {
      String opposite =
          token.startsWith(NEGATION) ? token.substring(NEGATION.length()) : NEGATION + token;
      words.scale(opposite, CONTRADICTION_FACTOR, similarity);
    }

    String queryKey =
        leaveOutSameWording ? String.join(" ", new TreeSet<>(analysis.tokens())) : null;
    double[] best = new double[labels.length];
    double[] second = new double[labels.length];
    for (int i = 0; i < n; i++) {
      if (similarity[i] <= 0 || (queryKey != null && queryKey.equals(entryKey[i]))) {
        continue;
      }
      double s = similarity[i] * entryWeight[i];
      int label = entryLabel[i];
      if (s > best[label]) {
        second[label] = best[label];
        best[label] = s;
      } else if (s > second[label]) {
        second[label] = s;
      }
    }
    return confidences(best, second);
  }

  private List<Match> confidences(double[] best, double[] second) {
    double temperature = settings.temperature();
    double[] score = new double[labels.length];
    double top = 0;
    for (int l = 0; l < labels.length; l++) {
      score[l] = best[l] + settings.secondBestWeight() * second[l];
      top = Math.max(top, score[l]);
    }
    // How the labels share the belief: a softmax over their scores (shifted by the top score).
    double total = 0;
    double[] share = new double[labels.length];
    for (int l = 0; l < labels.length; l++) {
      if (best[l] > 0) {
        share[l] = Math.exp((score[l] - top) / temperature);
        total += share[l];
      }
    }
    // How much belief there is to share: a weak best match means the wording is unlike anything
    // in the data, and then even a label far ahead of the others is not likely right.
    double strength =
        1.0 / (1.0 + Math.exp(-(top - settings.strengthMidpoint()) / settings.strengthWidth()));
    List<Match> matches = new ArrayList<>();
    for (int l = 0; l < labels.length; l++) {
      if (best[l] > 0) {
        matches.add(new Match(labels[l], strength * share[l] / total));
      }
    }
    matches.sort(
        (a, b) ->
            a.confidence() != b.confidence()
                ? Double.compare(b.confidence(), a.confidence())
                : compareLabels(a.label(), b.label()));
    return matches;
  }

  /** Numeric labels in numeric order ("2" before "10"), others alphabetically. */
  private static int compareLabels(String a, String b) {
    boolean numericA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean numericB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (numericA && numericB) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }

  private static Set<String> wordFeatures(List<String> tokens) {
    Set<String> features = new LinkedHashSet<>(tokens);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      features.add(tokens.get(i) + "_" + tokens.get(i + 1));
      // Compounds are written open, hyphenated or closed: "smart watches", "smartwatches".
      features.add(tokens.get(i) + tokens.get(i + 1));
    }
    return features;
  }

  private static Set<String> charFeatures(List<String> tokens) {
    Set<String> features = new LinkedHashSet<>();
    for (String token : tokens) {
      String padded = "#" + token + "#";
      for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
        for (int start = 0; start + size <= padded.length(); start++) {
          features.add(padded.substring(start, start + size));
        }
      }
    }
    return features;
  }

  /**
   * One view of the wordings as an inverted index of L2-normalised binary TF-IDF vectors, so that a
   * query only touches the entries that share a feature with it.
   */
  private static final class Channel {
    private final Map<String, Integer> featureIds = new HashMap<>();
    private final double[] idf;
    private final int[][] postingEntries;
    private final double[][] postingWeights;
    private final double unseenIdf;

    Channel(List<Set<String>> entryFeatures) {
      int n = entryFeatures.size();
      List<int[]> counts = new ArrayList<>();
      for (Set<String> features : entryFeatures) {
        for (String feature : features) {
          int id = featureIds.computeIfAbsent(feature, f -> featureIds.size());
          if (id == counts.size()) {
            counts.add(new int[1]);
          }
          counts.get(id)[0]++;
        }
      }
      idf = new double[featureIds.size()];
      for (int id = 0; id < idf.length; id++) {
        idf[id] = Math.log((n + 1.0) / (counts.get(id)[0] + 1.0)) + 1.0;
      }
      unseenIdf = Math.log(n + 1.0) + 1.0;
      int[] fill = new int[idf.length];
      postingEntries = new int[idf.length][];
      postingWeights = new double[idf.length][];
      for (int id = 0; id < idf.length; id++) {
        postingEntries[id] = new int[counts.get(id)[0]];
        postingWeights[id] = new double[counts.get(id)[0]];
      }
      for (int entry = 0; entry < n; entry++) {
        Set<String> features = entryFeatures.get(entry);
        double norm = 0;
        for (String feature : features) {
          double w = idf[featureIds.get(feature)];
          norm += w * w;
        }
        norm = Math.sqrt(norm);
        for (String feature : features) {
          int id = featureIds.get(feature);
          postingEntries[id][fill[id]] = entry;
          postingWeights[id][fill[id]] = idf[id] / norm;
          fill[id]++;
        }
      }
    }

    /** Multiplies the scores of the entries that have {@code feature} by {@code factor}. */
    void scale(String feature, double factor, double[] scores) {
      Integer id = featureIds.get(feature);
      if (id != null) {
        for (int entry : postingEntries[id]) {
          scores[entry] *= factor;
        }
      }
    }

    /** Adds {@code weight} times the cosine of the query with every entry to {@code scores}. */
    void accumulate(Set<String> queryFeatures, double weight, double[] scores) {
      if (queryFeatures.isEmpty() || weight == 0) {
        return;
      }
      double norm = 0;
      int[] ids = new int[queryFeatures.size()];
      int known = 0;
      for (String feature : queryFeatures) {
        Integer id = featureIds.get(feature);
        // A word the data has never seen still counts in the query's length: it lowers the match.
        double w = id == null ? unseenIdf : idf[id];
        norm += w * w;
        if (id != null) {
          ids[known++] = id;
        }
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < known; k++) {
        int id = ids[k];
        double q = weight * idf[id] / norm;
        int[] entries = postingEntries[id];
        double[] weights = postingWeights[id];
        for (int p = 0; p < entries.length; p++) {
          scores[entries[p]] += q * weights[p];
        }
      }
    }
  }
}
