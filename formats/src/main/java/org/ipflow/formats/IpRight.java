package org.ipflow.formats;

/**
 * The IP rights the platform handles, with the two-digit IP-type code that opens their WIPO ST.13
 * application numbers (the same codes as the platform's own {@code IpRight}, so the two map by
 * name).
 *
 * <p>The right is always stated by the caller (the API endpoint or the filing it belongs to), never
 * guessed from the XML: in ST.96 a patent's {@code InventionSubjectMatterCategory} 'Utility' means
 * a utility <em>patent</em> (US usage), not a utility model.
 */
public enum IpRight {
  PATENT("10"),
  UTILITY_MODEL("20"),
  TRADEMARK("30"),
  DESIGN("40");

  private final String st13Code;

  IpRight(String st13Code) {
    this.st13Code = st13Code;
  }

  /** The two-digit IP-type code that opens an ST.13 application number. */
  public String st13Code() {
    return st13Code;
  }

  /** Patents and utility models share the ST.96 patent schemas. */
  public boolean isPatentFamily() {
    return this == PATENT || this == UTILITY_MODEL;
  }
}
