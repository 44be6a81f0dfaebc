package org.ipflow.platform.party;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparable form of a party's name and address: upper case, accents and punctuation gone,
 * legal-form words (GmbH, AG, S.A., Ltd, …) dropped, spaces collapsed. Pure; what is similar is
 * decided on these forms.
 */
final class PartyNames {

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "AG",
          "GMBH",
          "MBH",
          "KG",
          "OHG",
          "SA",
          "SAS",
          "SARL",
          "SL",
          "SRL",
          "SPA",
          "SNC",
          "BV",
          "NV",
          "LTD",
          "LIMITED",
          "PLC",
          "LLC",
          "LLP",
          "INC",
          "INCORPORATED",
          "CORP",
          "CORPORATION",
          "CO",
          "COMPANY",
          "AB",
          "AS",
          "OY",
          "KK",
          "PTY",
          "SE",
          "EV",
          "SCS");

  private PartyNames() {}

  static String name(String name) {
    String words = words(name);
    // "S.A." and "S. A." became "S A": join single letters before looking for legal forms.
    String joined = words.replaceAll("\\b([A-Z]) (?=[A-Z]\\b)", "$1");
    return Arrays.stream(joined.split(" "))
        .filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
        .collect(Collectors.joining(" "));
  }

  static String address(String address) {
    return address == null ? "" : words(address);
  }

  private static String words(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("ß", "SS")
            .toUpperCase(Locale.ROOT);
    return plain.replaceAll("&", " AND ").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
