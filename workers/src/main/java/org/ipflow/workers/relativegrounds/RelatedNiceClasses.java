package org.ipflow.workers.relativegrounds;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which Nice classes the relative-grounds search treats as related: goods and services in different
 * classes that an office commonly finds similar, so that an earlier mark registered for them may
 * conflict with a later one although the two share no class.
 *
 * <p>The Nice classification is administrative: goods in one class are not similar for that reason
 * alone, nor dissimilar because they are in different classes (e.g. EU Trade Mark Regulation Art.
 * 33(7)). Whether goods and services are similar is judged from their nature, purpose, method of
 * use, and whether they compete with or complement each other (the criteria of the Court of Justice
 * in <i>Canon</i>, C-39/97), to which office practice adds their distribution channels and their
 * public, in the offices' guidelines on comparing goods and services. The pairs below are those
 * where such findings are common enough in office practice that a search which left the other class
 * out would miss conflicts an examiner expects to see:
 *
 * <ul>
 *   <li><b>Complementary goods and services</b>: computers and software (9) with IT services and
 *       software as a service (42); telecommunication apparatus (9) with telecommunication services
 *       (38), and telecommunications (38) with the hosting and cloud services of 42; recorded and
 *       downloadable media and publications (9) with education and entertainment (41), and printed
 *       matter (16) with publishing and education (41), and with downloadable publications (9);
 *       games and sporting articles (28) with entertainment and sport (41); medical apparatus (10)
 *       and pharmaceuticals (5) with medical services (44); cosmetics (3) with beauty care (44);
 *       vehicles (12) with their repair (37) and rental and transport (39); building materials (19)
 *       and heating and sanitary installations (11) with construction and installation (37); travel
 *       arrangement (39) with accommodation (43).
 *   <li><b>Goods with the same purpose or channels</b>: cosmetics (3) with medicated preparations
 *       (5) and with cosmetic utensils (21); pharmaceuticals (5) with medical apparatus (10) and
 *       with foods and drinks sold as dietary supplements (29, 30, 32); video-game software (9)
 *       with games and consoles (28); metal (6) and non-metallic (19) building materials; the
 *       fashion goods of clothing (25), bags and leather goods (18) and jewellery and watches (14);
 *       the foodstuffs of 29, 30 and 31; coffee, tea and cocoa beverages (30) with soft drinks
 *       (32); beers and soft drinks (32) with wines and spirits (33).
 *   <li><b>Food and drink with the services that serve them</b>: restaurants and bars (43) with 29,
 *       30, 32 and 33.
 *   <li><b>Retail of goods with the goods</b>: retail and wholesale services are in class 35
 *       whatever they sell, and offices find the retail of goods similar to those goods. The
 *       register's class list does not say which goods a class-35 mark retails, so 35 is related to
 *       every goods class (1 to 34): a missed conflict costs more than a candidate the examiner
 *       discards.
 * </ul>
 *
 * <p>The relation is symmetric and never relates a class to itself (that is {@link
 * ClassRelation#SAME}).
 */
public final class RelatedNiceClasses {

  /** Change it whenever a pair is added or removed: decisions record it. */
  public static final String VERSION = "1.0.0";

  private static final int[][] PAIRS = {
    {9, 42}, {9, 38}, {38, 42}, {9, 41}, {16, 41}, {9, 16}, {28, 41}, {10, 44}, {5, 44}, {3, 44},
    {12, 37}, {12, 39}, {19, 37}, {11, 37}, {39, 43}, {3, 5}, {3, 21}, {5, 10}, {5, 29}, {5, 30},
    {5, 32}, {9, 28}, {6, 19}, {14, 18}, {14, 25}, {18, 25}, {29, 30}, {29, 31}, {30, 31}, {30, 32},
    {32, 33}, {29, 43}, {30, 43}, {32, 43}, {33, 43},
  };

  private static final Map<Integer, Set<Integer>> RELATED = build();

  private RelatedNiceClasses() {}

  private static Map<Integer, Set<Integer>> build() {
    Map<Integer, Set<Integer>> related = new TreeMap<>();
    for (int nice = 1; nice <= 45; nice++) {
      related.put(nice, new TreeSet<>());
    }
    for (int[] pair : PAIRS) {
      related.get(pair[0]).add(pair[1]);
      related.get(pair[1]).add(pair[0]);
    }
    for (int goods = 1; goods <= 34; goods++) {
      related.get(35).add(goods);
      related.get(goods).add(35);
    }
    related.replaceAll((nice, classes) -> Collections.unmodifiableSet(classes));
    return Collections.unmodifiableMap(related);
  }

  /** The classes related to {@code niceClass} (not itself), in order; empty outside 1 to 45. */
  public static Set<Integer> of(int niceClass) {
    return RELATED.getOrDefault(niceClass, Set.of());
  }

  /** The classes themselves and every class related to one of them, in order. */
  public static Set<Integer> withRelated(Collection<Integer> niceClasses) {
    Set<Integer> all = new TreeSet<>(niceClasses);
    for (int nice : niceClasses) {
      all.addAll(of(nice));
    }
    return Collections.unmodifiableSet(all);
  }

  /**
   * How an earlier mark's classes stand to the classes searched: {@link ClassRelation#SAME} if they
   * share one, {@link ClassRelation#RELATED} if not but one is related to one searched, else empty.
   */
  public static Optional<ClassRelation> relation(
      Collection<Integer> searched, Collection<Integer> earlier) {
    if (!Collections.disjoint(searched, earlier)) {
      return Optional.of(ClassRelation.SAME);
    }
    for (int nice : searched) {
      if (!Collections.disjoint(of(nice), earlier)) {
        return Optional.of(ClassRelation.RELATED);
      }
    }
    return Optional.empty();
  }

  /**
   * The earlier mark's classes that make the relation: the shared ones if any, else those related
   * to a class searched; in order.
   */
  public static List<Integer> connecting(
      Collection<Integer> searched, Collection<Integer> earlier) {
    Set<Integer> shared = new TreeSet<>(earlier);
    shared.retainAll(searched);
    if (!shared.isEmpty()) {
      return List.copyOf(shared);
    }
    Set<Integer> related = new TreeSet<>(earlier);
    related.retainAll(withRelated(searched));
    return List.copyOf(related);
  }
}
