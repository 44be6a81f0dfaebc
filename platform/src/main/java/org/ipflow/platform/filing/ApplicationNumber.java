package org.ipflow.platform.filing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An application number as WIPO ST.13 and the ST.96 schema type it: two digits of IP type, four of
 * the year of receipt, nine of serial ({@code \d{2}\d{4}\d{9}}). The office's ST.3 code travels
 * beside it.
 *
 * @param value the fifteen digits
 * @param officeCode the receiving office's ST.3 code
 */
public record ApplicationNumber(String value, String officeCode) {

  private static final Pattern ST13 = Pattern.compile("\\d{2}\\d{4}\\d{9}");
  private static final long MAX_SERIAL = 999_999_999L;

  public ApplicationNumber {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(officeCode, "officeCode");
    if (!ST13.matcher(value).matches()) {
      throw new IllegalArgumentException("not an ST.13 application number: " + value);
    }
  }

  static ApplicationNumber of(IpRight right, int year, long serial, String officeCode) {
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial out of range: " + serial);
    }
    // Built by hand: String.format was a twentieth of a filing request's CPU.
    return new ApplicationNumber(
        right.st13Code() + zeroPadded(year, 4) + zeroPadded(serial, 9), officeCode);
  }

  private static String zeroPadded(long number, int digits) {
    String plain = Long.toString(number);
    return plain.length() >= digits ? plain : "0".repeat(digits - plain.length()) + plain;
  }

  @Override
  public String toString() {
    return value;
  }
}
