package org.ipflow.formats;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The namespaces of ST.96 V6.0 and the prefixes the module writes them with. */
final class St96Namespaces {
  static final String COMMON = "http://www.wipo.int/standards/XMLSchema/ST96/Common";
  static final String TRADEMARK = "http://www.wipo.int/standards/XMLSchema/ST96/Trademark";
  static final String DESIGN = "http://www.wipo.int/standards/XMLSchema/ST96/Design";
  static final String PATENT = "http://www.wipo.int/standards/XMLSchema/ST96/Patent";
  static final String MATHML = "http://www.w3.org/1998/Math/MathML3";
  static final String TABLE = "http://www.oasis-open.org/tables/exchange/1.0";

  static final Map<String, String> PREFIXES =
      Map.of(
          COMMON, "com",
          TRADEMARK, "tmk",
          DESIGN, "dgn",
          PATENT, "pat",
          MATHML, "mathml",
          TABLE, "tbl");

  private static final Pattern QUOTED_NAME = Pattern.compile("\"([^\"]*)\":([A-Za-z_][\\w.-]*)");

  private St96Namespaces() {}

  /**
   * Rewrites the {@code {"namespace":Name}} of parser messages as {@code prefix:Name}, which is how
   * a reader of ST.96 knows the elements.
   */
  /** {@code prefix:local} for an ST.96 namespace, {@code {namespace}local} otherwise. */
  static String name(String namespace, String local) {
    String prefix = PREFIXES.get(namespace);
    if (prefix != null) {
      return prefix + ":" + local;
    }
    return namespace == null || namespace.isEmpty() ? local : "{" + namespace + "}" + local;
  }

  static String shorten(String message) {
    if (message == null) {
      return "";
    }
    Matcher m = QUOTED_NAME.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String prefix = PREFIXES.get(m.group(1));
      String name = prefix == null ? m.group(0) : prefix + ":" + m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    m.appendTail(out);
    String text = out.toString().replace("'{", "'").replace("}'", "'");
    for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
      text = text.replace("'" + e.getKey() + "'", "'" + e.getValue() + "'");
    }
    return text;
  }
}
