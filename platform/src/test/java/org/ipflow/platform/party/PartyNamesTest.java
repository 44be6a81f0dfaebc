package org.ipflow.platform.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Helvetia Watches AG|HELVETIA WATCHES",
        "HELVETIA WATCHES A.G.|HELVETIA WATCHES",
        "Société Générale S.A.|SOCIETE GENERALE",
        "Müller & Söhne GmbH|MULLER AND SOHNE",
        "  Acme,   Inc. |ACME",
        "Ada Inventor|ADA INVENTOR"
      })
  void namesAreComparedWithoutCaseAccentsPunctuationOrLegalForm(String name, String normalised) {
    assertThat(PartyNames.name(name)).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"Rue du Rhône 1, Genève|RUE DU RHONE 1 GENEVE", "|"})
  void addressesLoseCaseAccentsAndPunctuation(String address, String normalised) {
    assertThat(PartyNames.address(address)).isEqualTo(normalised == null ? "" : normalised);
  }
}
