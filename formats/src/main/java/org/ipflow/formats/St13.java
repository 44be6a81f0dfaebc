package org.ipflow.formats;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * WIPO ST.13 application numbers as ST.96 types them ({@code ST13ApplicationNumberType}: {@code
 * \d{2}\d{4}\d{9}}): a two-digit IP type, a four-digit year and a nine-digit serial number, 15
 * digits with no separators. The ST.3 code of the office is kept beside the number, not inside it.
 */
public final class St13 {

  private static final Pattern FORMAT = Pattern.compile("\\d{2}\\d{4}\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s./-]");
  private static final long MAX_SERIAL = 999_999_999L;

  private St13() {}

  /** The parts of an ST.13 number. */
  public record Parts(String ipType, int year, long serial) {}

  /** Whether {@code number} is exactly 15 digits in the ST.13 layout. */
  public static boolean isValid(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }

  /**
   * The 15-digit form of a number written with the usual separators ({@code 30-2026-000000123},
   * {@code 30 2026 000000123}); throws if what is left is not an ST.13 number.
   */
  public static String normalize(String number) {
    Objects.requireNonNull(number, "number");
    String compact = SEPARATORS.matcher(number.strip()).replaceAll("");
    return requireValid(compact);
  }

  /** Returns {@code number} if it is valid, otherwise throws {@link IllegalArgumentException}. */
  public static String requireValid(String number) {
    if (!isValid(number)) {
      throw new IllegalArgumentException(
          "not an ST.13 application number (2-digit IP type, 4-digit year, 9-digit serial): "
              + number);
    }
    return number;
  }

  /** The number of the {@code serial}-th application for {@code right} in {@code year}. */
  public static String format(IpRight right, int year, long serial) {
    Objects.requireNonNull(right, "right");
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (serial < 0 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("serial must fit in nine digits: " + serial);
    }
    return right.st13Code() + String.format("%04d%09d", year, serial);
  }

  /** Splits a valid number into its parts. */
  public static Parts parse(String number) {
    requireValid(number);
    return new Parts(
        number.substring(0, 2),
        Integer.parseInt(number.substring(2, 6)),
        Long.parseLong(number.substring(6)));
  }

  /** The number with hyphens between its parts, for display: {@code 30-2026-000000123}. */
  public static String display(String number) {
    requireValid(number);
    return number.substring(0, 2) + "-" + number.substring(2, 6) + "-" + number.substring(6);
  }
}
