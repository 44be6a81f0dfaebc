package org.ipflow.formats;

import jakarta.xml.bind.JAXBElement;
import java.util.Objects;

/**
 * Exports filings as ST.96 V6.0 XML: trade marks as {@code tmk:TrademarkApplication} (its {@code
 * tmk:Trademark} also carries registration, expiry, status and events once the mark is registered),
 * designs as {@code dgn:DesignApplication}, patents and utility models as {@code
 * pat:PatentPublication}. Every export is validated against the official schema before it is
 * returned.
 */
public final class St96Writer {

  /** Exports are the office's own: the size limit only guards against a runaway document. */
  static final SafeXml.Limits OUTPUT_LIMITS = new SafeXml.Limits(64 * 1024 * 1024, 200);

  /** The filing as ST.96 XML (UTF-8), valid against the official schema of its right. */
  public byte[] write(FilingDocument filing) {
    JAXBElement<?> root = bind(filing);
    byte[] xml = SafeXml.write(documentOf(filing.right()), root);
    SafeXml.validate(documentOf(filing.right()), xml, OUTPUT_LIMITS);
    return xml;
  }

  /**
   * Validates any ST.96 document this module knows ({@code TrademarkApplication}, {@code
   * DesignApplication}, {@code PatentPublication}, {@code BibliographicData}, {@code
   * ApplicationBody}, {@code PatentLegalStatusData}) against the official schema its root element
   * names, with the same safeguards as reading.
   *
   * @throws St96Exception listing the problems when it is not valid
   */
  public void validate(byte[] xml) {
    SafeXml.validate(xml, new SafeXml.Limits(St96Reader.DEFAULT_MAX_BYTES * 4, 200));
  }

  static JAXBElement<?> bind(FilingDocument filing) {
    Objects.requireNonNull(filing, "filing");
    return switch (filing.right()) {
      case TRADEMARK -> TrademarkMapping.write(filing);
      case DESIGN -> DesignMapping.write(filing);
      case PATENT, UTILITY_MODEL -> PatentMapping.write(filing);
    };
  }

  private static St96Document documentOf(IpRight right) {
    return switch (right) {
      case TRADEMARK -> St96Document.TRADEMARK_APPLICATION;
      case DESIGN -> St96Document.DESIGN_APPLICATION;
      case PATENT, UTILITY_MODEL -> St96Document.PATENT_PUBLICATION;
    };
  }
}
