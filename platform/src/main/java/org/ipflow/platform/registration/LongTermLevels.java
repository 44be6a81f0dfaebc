package org.ipflow.platform.registration;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.signing.SignatureLevel;

/**
 * The long-term level each kind of document the office issues is augmented to after issue ({@code
 * ipflow.signing.long-term.<kind>}: {@code B_LTA}, {@code B_LT} or {@code none}). Documents are
 * issued at B-T, at once; a job then augments them to this level as a new version. Registration
 * certificates and decisions are kept for the life of the right: B-LTA unless configured otherwise;
 * receipts and notices stay at B-T unless configured.
 */
final class LongTermLevels {

  /** The long-term level of one kind of document. */
  enum LongTerm {
    NONE,
    B_LT,
    B_LTA
  }

  private final Map<DocumentKind, LongTerm> levels = new EnumMap<>(DocumentKind.class);

  /**
   * @param configured by document kind as configuration names it: the enum name in lower case with
   *     dashes, e.g. {@code registration-certificate}, {@code filing-receipt}
   * @throws IllegalArgumentException for a name that is no kind of document the office issues
   */
  LongTermLevels(Map<String, LongTerm> configured) {
    levels.put(DocumentKind.REGISTRATION_CERTIFICATE, LongTerm.B_LTA);
    levels.put(DocumentKind.DECISION, LongTerm.B_LTA);
    configured.forEach(
        (name, level) -> {
          DocumentKind kind = kind(name);
          levels.put(kind, level == null ? LongTerm.NONE : level);
        });
  }

  /** The level documents of {@code kind} are augmented to after issue; empty: none (B-T). */
  Optional<SignatureLevel> levelFor(DocumentKind kind) {
    return switch (levels.getOrDefault(kind, LongTerm.NONE)) {
      case NONE -> Optional.empty();
      case B_LT -> Optional.of(SignatureLevel.B_LT);
      case B_LTA -> Optional.of(SignatureLevel.B_LTA);
    };
  }

  static String name(DocumentKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Spring's relaxed names (filing-receipt, FILING_RECEIPT, filingreceipt) as one. */
  private static String normalised(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static DocumentKind kind(String name) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.origin() == DocumentKind.Origin.OFFICE
          && normalised(kind.name()).equals(normalised(name))) {
        return kind;
      }
    }
    TreeSet<String> known = new TreeSet<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.origin() == DocumentKind.Origin.OFFICE) {
        known.add(name(kind));
      }
    }
    throw new IllegalArgumentException(
        "ipflow.signing.long-term." + name + ": no kind of document the office issues; " + known);
  }
}
