package org.ipflow.formats;

import java.util.Objects;
import org.ipflow.formats.st96.generated.design.DesignApplicationType;
import org.ipflow.formats.st96.generated.patent.BibliographicDataType;
import org.ipflow.formats.st96.generated.patent.body.ApplicationBodyType;
import org.ipflow.formats.st96.generated.trademark.TrademarkApplicationType;

/**
 * Reads filings sent as ST.96 V6.0 XML. Every document is validated against the official schema of
 * its root element while it is read, and is refused (with an {@link St96Exception} naming each
 * problem and where it is) when it:
 *
 * <ul>
 *   <li>is larger than the size limit (5 MB by default) or nests elements deeper than the depth
 *       limit (100 by default);
 *   <li>carries a DOCTYPE at all (so no DTD, no entity, no external entity, no entity expansion);
 *   <li>is not well-formed;
 *   <li>does not have the root element the right requires;
 *   <li>is not valid against the official schema.
 * </ul>
 *
 * <p>Documents per right: a trade mark is one {@code tmk:TrademarkApplication}; a design one {@code
 * dgn:DesignApplication}; a patent or a utility model two documents, {@code pat:BibliographicData}
 * and {@code pat:ApplicationBody} (see {@link #read(IpRight, byte[], byte[])}). Instances are
 * immutable and thread-safe.
 */
public final class St96Reader {

  /** Default size limit: 5 MB. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  /** Default depth limit; the deepest ST.96 filings nest a few dozen levels. */
  public static final int DEFAULT_MAX_DEPTH = 100;

  private final SafeXml.Limits limits;

  public St96Reader() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  public St96Reader(int maxBytes, int maxDepth) {
    this.limits = new SafeXml.Limits(maxBytes, maxDepth);
  }

  /**
   * Reads a trade-mark ({@code tmk:TrademarkApplication}) or design ({@code dgn:DesignApplication})
   * filing. A patent or utility-model filing is two documents: see {@link #read(IpRight, byte[],
   * byte[])}; given one document for such a right this throws an {@link St96Exception} saying so.
   *
   * @param right the right the filing is for, as the caller knows it (never guessed from the XML)
   */
  public FilingDocument read(IpRight right, byte[] xml) {
    Objects.requireNonNull(right, "right");
    return switch (right) {
      case TRADEMARK ->
          TrademarkMapping.read(
              (TrademarkApplicationType)
                  SafeXml.read(St96Document.TRADEMARK_APPLICATION, xml, limits));
      case DESIGN ->
          DesignMapping.read(
              (DesignApplicationType) SafeXml.read(St96Document.DESIGN_APPLICATION, xml, limits));
      case PATENT, UTILITY_MODEL ->
          throw new St96Exception(
              "a "
                  + (right == IpRight.PATENT ? "patent" : "utility-model")
                  + " filing is two ST.96 documents, pat:BibliographicData and pat:ApplicationBody");
    };
  }

  /**
   * Reads a patent or utility-model filing from its two official ST.96 documents: {@code
   * pat:BibliographicData} (numbers, dates, parties, priorities, classification, title) and {@code
   * pat:ApplicationBody} (description, claims, abstract). Each is validated against its own
   * official schema; problems are reported for both. The right is the caller's: an {@code
   * InventionSubjectMatterCategory} of 'Utility' (a US utility patent) does not make a utility
   * model.
   */
  public FilingDocument read(IpRight right, byte[] bibliographicData, byte[] applicationBody) {
    Objects.requireNonNull(right, "right");
    if (!right.isPatentFamily()) {
      throw new IllegalArgumentException(
          "only patents and utility models are filed as two documents: " + right);
    }
    BibliographicDataType bib;
    try {
      bib =
          (BibliographicDataType)
              SafeXml.read(St96Document.BIBLIOGRAPHIC_DATA, bibliographicData, limits);
    } catch (St96Exception e) {
      throw prefixed("BibliographicData", e);
    }
    ApplicationBodyType body;
    try {
      body =
          (ApplicationBodyType)
              SafeXml.read(St96Document.APPLICATION_BODY, applicationBody, limits);
    } catch (St96Exception e) {
      throw prefixed("ApplicationBody", e);
    }
    return PatentMapping.read(right, bib, body);
  }

  private static St96Exception prefixed(String part, St96Exception e) {
    return new St96Exception(
        e.problems().stream()
            .map(p -> new St96Exception.Problem(p.line(), p.column(), part + ": " + p.message()))
            .toList());
  }
}
