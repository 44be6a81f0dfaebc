package org.ipflow.platform.party;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a well-formed identifier of each known scheme looks like. Pure. */
final class GlobalIds {

  static final String LEI = "LEI";
  static final String OFFICE = "OFFICE";

  private static final Pattern LEI_FORM = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
  private static final Pattern PARTY_NUMBER = Pattern.compile("[A-Z]{2}-P-[0-9]{9}");

  private GlobalIds() {}

  /** Why {@code value} is not an identifier of {@code scheme}, or empty when it is one. */
  static Optional<String> problem(String scheme, String value) {
    return switch (scheme) {
      case LEI ->
          LEI_FORM.matcher(value).matches() && mod97(value) == 1
              ? Optional.empty()
              : Optional.of("is not an LEI (ISO 17442: 20 characters, ISO 7064 check digits)");
      case OFFICE ->
          PARTY_NUMBER.matcher(value).matches()
              ? Optional.empty()
              : Optional.of("is not a party number of the form XX-P-000000123");
      default -> Optional.of("has a scheme this office does not know");
    };
  }

  /** ISO 7064 MOD 97-10 over the identifier, letters counting A=10 … Z=35. */
  static int mod97(String value) {
    int remainder = 0;
    for (char c : value.toCharArray()) {
      int digit = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = digit >= 10 ? (remainder * 100 + digit) % 97 : (remainder * 10 + digit) % 97;
    }
    return remainder;
  }

  /** The office's party number for serial {@code serial}. */
  static String partyNumber(String officeCode, long serial) {
    return String.format("%s-P-%09d", officeCode, serial);
  }
}
