package org.ipflow.platform.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a request path is about: the innermost resource with an id (or the collection named last)
 * and the filing it belongs to, when the path names one. Derived from the path alone, so that a
 * request the security layer turned away is classified the same as one that went through.
 */
record AuditedResource(String type, String id, UUID filingId) {

  private static final Pattern UUID_PATTERN =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,30}");
  private static final Set<String> COLLECTIONS =
      Set.of(
          "filings",
          "documents",
          "notices",
          "decisions",
          "tasks",
          "oppositions",
          "contests",
          "models",
          "parties",
          "audit",
          "register");

  static AuditedResource of(String path) {
    List<String> segments = List.of(path.split("/")).stream().filter(s -> !s.isEmpty()).toList();
    String type = "OTHER";
    String id = null;
    UUID filing = null;
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (!COLLECTIONS.contains(segment)) {
        continue;
      }
      String next = i + 1 < segments.size() ? segments.get(i + 1) : null;
      boolean hasId = next != null && isId(next);
      type = singular(segment);
      id = hasId ? truncate(next) : null;
      if (segment.equals("filings") && hasId && UUID_PATTERN.matcher(next).matches()) {
        filing = UUID.fromString(next);
      }
      if (hasId) {
        i++;
      }
    }
    return new AuditedResource(type, id, filing);
  }

  /**
   * The same request, completed by what it created: a POST to a collection learns its new
   * resource's id (and filing) from the answer's {@code Location}.
   */
  AuditedResource created(String location) {
    if (location == null || location.isBlank()) {
      return this;
    }
    AuditedResource made;
    try {
      made = of(java.net.URI.create(location).getPath());
    } catch (IllegalArgumentException notAUri) {
      return this;
    }
    return new AuditedResource(
        type,
        id == null && made.type.equals(type) ? made.id : id,
        filingId == null ? made.filingId : filingId);
  }

  private static boolean isId(String segment) {
    return UUID_PATTERN.matcher(segment).matches() || NUMBER.matcher(segment).matches();
  }

  private static String singular(String collection) {
    String upper = collection.toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("AUDIT") || upper.equals("REGISTER")) {
      return upper;
    }
    if (upper.equals("PARTIES")) {
      return "PARTY";
    }
    return upper.substring(0, upper.length() - 1);
  }

  private static String truncate(String value) {
    return value.length() <= 100 ? value : value.substring(0, 100);
  }
}
