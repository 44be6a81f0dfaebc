package org.ipflow.platform.filing;

/** The rights an application can be filed for, with their WIPO ST.13 IP-type codes. */
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
}
