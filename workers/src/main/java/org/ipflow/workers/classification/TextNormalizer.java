package org.ipflow.workers.classification;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns a goods, services or product wording into the tokens the matcher compares: lower case,
 * accents and punctuation removed, British spelling, plurals reduced to one stem, filler words
 * dropped, negations kept as part of the word they negate ("non-electric" stays apart from
 * "electric", which matters: electric kettles are class 11, non-electric ones class 21).
 */
final class TextNormalizer {

  /** Words that carry no classification meaning in the way goods and services are written. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "for",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "with",
          "from",
          "as",
          "being",
          "be",
          "is",
          "are",
          "its",
          "it",
          "their",
          "this",
          "that",
          "these",
          "those",
          "namely",
          "including",
          "include",
          "such",
          "other",
          "others",
          "than",
          "use",
          "used",
          "using",
          "uses",
          "purpose",
          "purposes",
          "made",
          "kind",
          "kinds",
          "all",
          "any",
          "etc",
          "nature",
          "thereto",
          "therefor",
          "thereof",
          "relating",
          "related",
          "especially",
          "mainly",
          "primarily",
          "consisting",
          "featuring",
          "containing",
          "via",
          "into",
          "per",
          "which",
          "also",
          "both",
          "only",
          "so",
          "sold",
          "various",
          "whether",
          "your",
          "our",
          "my",
          "e",
          "g",
          "i");

  private static final Set<String> NEGATIONS = Set.of("non", "not", "except", "without");

  /**
   * Words after which a goods or services wording stops naming the thing and starts qualifying it;
   * the head noun is the last word before them ("shampoos | for dry hair").
   */
  private static final Set<String> QUALIFIER_STARTS =
      Set.of(
          "for",
          "of",
          "in",
          "on",
          "with",
          "being",
          "to",
          "by",
          "from",
          "at",
          "featuring",
          "namely",
          "consisting",
          "containing",
          "other",
          "except",
          "not",
          "than",
          "as",
          "into",
          "against",
          "via",
          "made",
          "using",
          "used",
          "incorporating",
          "having",
          "including",
          "especially",
          "particularly",
          "sold",
          "when",
          "which",
          "that",
          "about",
          "under",
          "over",
          "between");

  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

  /** Too general to name what is claimed; the word before them is the head ("repair services"). */
  private static final Set<String> GENERIC_HEADS = Set.of("service");

  private static final Map<String, String> IRREGULAR_PLURALS =
      Map.ofEntries(
          Map.entry("mice", "mouse"),
          Map.entry("lice", "louse"),
          Map.entry("knives", "knife"),
          Map.entry("leaves", "leaf"),
          Map.entry("shelves", "shelf"),
          Map.entry("halves", "half"),
          Map.entry("loaves", "loaf"),
          Map.entry("calves", "calf"),
          Map.entry("wolves", "wolf"),
          Map.entry("wives", "wife"),
          Map.entry("lives", "life"),
          Map.entry("scarves", "scarf"),
          Map.entry("hooves", "hoof"),
          Map.entry("thieves", "thief"),
          Map.entry("teeth", "tooth"),
          Map.entry("feet", "foot"),
          Map.entry("geese", "goose"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("children", "child"),
          Map.entry("people", "person"),
          Map.entry("oxen", "ox"),
          Map.entry("bikinis", "bikini"),
          Map.entry("martinis", "martini"),
          Map.entry("salamis", "salami"),
          Map.entry("potatoes", "potato"),
          Map.entry("tomatoes", "tomato"),
          Map.entry("mangoes", "mango"),
          Map.entry("volcanoes", "volcano"),
          Map.entry("torpedoes", "torpedo"),
          Map.entry("heroes", "hero"),
          Map.entry("echoes", "echo"),
          Map.entry("buses", "bus"),
          Map.entry("gases", "gas"),
          Map.entry("lenses", "lens"),
          Map.entry("atlases", "atlas"),
          Map.entry("canvases", "canvas"),
          Map.entry("viruses", "virus"),
          Map.entry("bonuses", "bonus"),
          Map.entry("campuses", "campus"),
          Map.entry("circuses", "circus"),
          Map.entry("irises", "iris"),
          Map.entry("cacti", "cactus"),
          Map.entry("fungi", "fungus"));

  /** Words that end like a plural but are not one, or whose plural is the same word. */
  private static final Set<String> INVARIANT =
      Set.of(
          "lens",
          "news",
          "series",
          "species",
          "clothes",
          "gas",
          "bus",
          "tennis",
          "chassis",
          "analysis",
          "means",
          "billiards",
          "physics",
          "mathematics",
          "electronics",
          "athletics",
          "gymnastics",
          "cosmetics",
          "aesthetics",
          "logistics",
          "optics",
          "ethics",
          "economics");

  /** American spellings mapped to the British ones the data files use. */
  private static final Map<String, String> SPELLING =
      Map.ofEntries(
          Map.entry("color", "colour"),
          Map.entry("colorant", "colourant"),
          Map.entry("coloring", "colouring"),
          Map.entry("jewelry", "jewellery"),
          Map.entry("aluminum", "aluminium"),
          Map.entry("tire", "tyre"),
          Map.entry("fiber", "fibre"),
          Map.entry("center", "centre"),
          Map.entry("theater", "theatre"),
          Map.entry("catalog", "catalogue"),
          Map.entry("yoghurt", "yogurt"),
          Map.entry("yoghourt", "yogurt"),
          Map.entry("mold", "mould"),
          Map.entry("molding", "moulding"),
          Map.entry("gray", "grey"),
          Map.entry("plow", "plough"),
          Map.entry("pajama", "pyjama"),
          Map.entry("licorice", "liquorice"),
          Map.entry("donut", "doughnut"),
          Map.entry("whiskey", "whisky"),
          Map.entry("ax", "axe"),
          Map.entry("orthopedic", "orthopaedic"),
          Map.entry("pediatric", "paediatric"),
          Map.entry("anesthetic", "anaesthetic"),
          Map.entry("esthetic", "aesthetic"),
          Map.entry("fertilizer", "fertiliser"),
          Map.entry("flavor", "flavour"),
          Map.entry("flavored", "flavoured"),
          Map.entry("odor", "odour"),
          Map.entry("harbor", "harbour"),
          Map.entry("labor", "labour"),
          Map.entry("vapor", "vapour"),
          Map.entry("vaporizer", "vaporiser"),
          Map.entry("defense", "defence"),
          Map.entry("license", "licence"),
          Map.entry("cozy", "cosy"),
          Map.entry("mustache", "moustache"),
          Map.entry("sulfur", "sulphur"),
          Map.entry("sulfuric", "sulphuric"),
          Map.entry("woolen", "woollen"),
          Map.entry("traveling", "travelling"),
          Map.entry("traveler", "traveller"));

  private static final Pattern STANDALONE_IT = Pattern.compile("\\bIT\\b");
  private static final Pattern LETTER_HYPHEN = Pattern.compile("\\b([a-z])-(?=[a-z])");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]{}]");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern IZE = Pattern.compile("iz(e|es|ed|er|ers|ing|ation|ations)$");
  private static final Pattern YZE = Pattern.compile("yz(e|es|ed|er|ers|ing)$");

  private TextNormalizer() {}

  /** The tokens and head nouns of one wording. */
  record Analysis(List<String> tokens, List<String> heads) {}

  /** Content tokens of a wording, in order: stemmed, stop words removed, negations attached. */
  static List<String> tokens(String text) {
    return analyse(text).tokens();
  }

  /**
   * A canonical key for a wording: its distinct tokens in alphabetical order. Two wordings with the
   * same key say the same thing in a different order ("detergents for dishwashers", "dishwasher
   * detergents").
   */
  static String key(String text) {
    return String.join(" ", new TreeSet<>(tokens(text)));
  }

  static Analysis analyse(String text) {
    List<String> tokens = new ArrayList<>();
    List<String> heads = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Analysis(tokens, heads);
    }
    String prepared = STANDALONE_IT.matcher(text).replaceAll("information technology");
    prepared = MARKS.matcher(Normalizer.normalize(prepared, Normalizer.Form.NFD)).replaceAll("");
    prepared = prepared.toLowerCase(Locale.ROOT).replace("&", " and ");
    // "t-shirts", "e-mail", "x-ray": a single letter belongs to the word it is hyphenated to.
    prepared = LETTER_HYPHEN.matcher(prepared).replaceAll("$1");

    String[] clauses = CLAUSE_BREAK.split(prepared);
    boolean firstClause = true;
    for (String clause : clauses) {
      String[] words = NON_WORD.split(clause.trim());
      boolean inHeadPhrase = firstClause;
      String lastInConjunct = null;
      boolean negate = false;
      for (int i = 0; i < words.length; i++) {
        String word = words[i];
        if (word.isEmpty()) {
          continue;
        }
        boolean otherThan =
            word.equals("other") && i + 1 < words.length && words[i + 1].equals("than");
        if (inHeadPhrase && (QUALIFIER_STARTS.contains(word) || NEGATIONS.contains(word))) {
          // "non-electric kettles": a leading negation qualifies the head, it does not end it.
          boolean leadingNegation = NEGATIONS.contains(word) && lastInConjunct == null;
          if (!leadingNegation) {
            addHead(heads, lastInConjunct);
            lastInConjunct = null;
            inHeadPhrase = false;
          }
        } else if (inHeadPhrase && CONJUNCTIONS.contains(word)) {
          addHead(heads, lastInConjunct);
          lastInConjunct = null;
        }
        if (otherThan) {
          negate = true;
          i++;
          continue;
        }
        if (NEGATIONS.contains(word)) {
          negate = true;
          continue;
        }
        if (STOP_WORDS.contains(word)
            || (word.length() < 2 && !Character.isDigit(word.charAt(0)))) {
          continue;
        }
        String token = stem(word);
        if (negate) {
          token = "non" + token;
          negate = false;
        }
        tokens.add(token);
        if (inHeadPhrase && !GENERIC_HEADS.contains(token)) {
          lastInConjunct = token;
        }
      }
      if (inHeadPhrase) {
        addHead(heads, lastInConjunct);
      }
      firstClause = false;
    }
    return new Analysis(tokens, heads);
  }

  private static void addHead(List<String> heads, String head) {
    if (head != null && !heads.contains(head)) {
      heads.add(head);
    }
  }

  /**
   * A light English stemmer: singular form and British spelling, then a final "y" or "ie" written
   * "i", so that singular and plural always meet ("batteries" and "battery", "cookies" and
   * "cookie"). Deliberately no suffix stripping beyond plurals: "care" must not become "car".
   */
  static String stem(String word) {
    String w = IRREGULAR_PLURALS.get(word);
    if (w == null) {
      w = INVARIANT.contains(word) ? word : singular(word);
    }
    w = IZE.matcher(w).replaceFirst("is$1");
    w = YZE.matcher(w).replaceFirst("ys$1");
    w = SPELLING.getOrDefault(w, w);
    if (w.length() > 3 && w.endsWith("ie")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 2 && w.endsWith("y")) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }

  private static String singular(String w) {
    int n = w.length();
    if (n <= 3) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses")
        || w.endsWith("xes")
        || w.endsWith("ches")
        || w.endsWith("shes")
        || w.endsWith("zzes")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("ss") || w.endsWith("us") || (w.endsWith("is") && n >= 6)) {
      return w;
    }
    if (w.endsWith("s")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
