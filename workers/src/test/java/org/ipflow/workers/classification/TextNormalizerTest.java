package org.ipflow.workers.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void lowerCasesAndDropsPunctuationAndFillerWords() {
    assertThat(TextNormalizer.tokens("Shampoos, for DRY hair!"))
        .containsExactly("shampoo", "dri", "hair");
    assertThat(TextNormalizer.tokens("parts and fittings for the vehicles"))
        .containsExactly("part", "fitting", "vehicle");
  }

  @Test
  void reducesSingularAndPluralToOneStem() {
    assertThat(TextNormalizer.stem("batteries")).isEqualTo(TextNormalizer.stem("battery"));
    assertThat(TextNormalizer.stem("knives")).isEqualTo(TextNormalizer.stem("knife"));
    assertThat(TextNormalizer.stem("glasses")).isEqualTo(TextNormalizer.stem("glass"));
    assertThat(TextNormalizer.stem("boxes")).isEqualTo(TextNormalizer.stem("box"));
    assertThat(TextNormalizer.stem("cookies")).isEqualTo(TextNormalizer.stem("cookie"));
    assertThat(TextNormalizer.stem("mice")).isEqualTo(TextNormalizer.stem("mouse"));
    assertThat(TextNormalizer.stem("houses")).isEqualTo(TextNormalizer.stem("house"));
    assertThat(TextNormalizer.stem("buses")).isEqualTo(TextNormalizer.stem("bus"));
    assertThat(TextNormalizer.stem("skis")).isEqualTo(TextNormalizer.stem("ski"));
  }

  @Test
  void leavesWordsThatOnlyLookPluralAlone() {
    assertThat(TextNormalizer.stem("tennis")).isEqualTo("tennis");
    assertThat(TextNormalizer.stem("dress")).isEqualTo("dress");
    assertThat(TextNormalizer.stem("citrus")).isEqualTo("citrus");
    assertThat(TextNormalizer.stem("lens")).isEqualTo("lens");
  }

  @Test
  void keepsCareApartFromCarAndFireApartFromFir() {
    assertThat(TextNormalizer.stem("care")).isNotEqualTo(TextNormalizer.stem("car"));
    assertThat(TextNormalizer.stem("fire")).isNotEqualTo(TextNormalizer.stem("fir"));
  }

  @Test
  void removesAccents() {
    assertThat(TextNormalizer.tokens("pâté de campagne, café"))
        .isEqualTo(TextNormalizer.tokens("pate de campagne, cafe"));
  }

  @Test
  void readsAmericanSpellingAsBritish() {
    assertThat(TextNormalizer.tokens("jewelry")).isEqualTo(TextNormalizer.tokens("jewellery"));
    assertThat(TextNormalizer.tokens("colorants")).isEqualTo(TextNormalizer.tokens("colourants"));
    assertThat(TextNormalizer.tokens("sterilizers"))
        .isEqualTo(TextNormalizer.tokens("sterilisers"));
    assertThat(TextNormalizer.tokens("tires")).isEqualTo(TextNormalizer.tokens("tyres"));
  }

  @Test
  void attachesANegationToTheWordItNegates() {
    assertThat(TextNormalizer.tokens("kettles, non-electric"))
        .containsExactly("kettle", "nonelectric");
    assertThat(TextNormalizer.tokens("bath salts, not for medical purposes"))
        .containsExactly("bath", "salt", "nonmedical");
    assertThat(TextNormalizer.tokens("wipes, other than for medical use"))
        .containsExactly("wipe", "nonmedical");
  }

  @Test
  void readsUpperCaseItAsInformationTechnology() {
    assertThat(TextNormalizer.tokens("IT consultancy"))
        .containsExactly("information", "technologi", "consultanci");
    assertThat(TextNormalizer.tokens("it is")).isEmpty();
  }

  @Test
  void findsTheHeadNounBeforeItsQualifiers() {
    assertThat(TextNormalizer.analyse("shampoos for dry hair").heads()).containsExactly("shampoo");
    assertThat(TextNormalizer.analyse("kitchen knives and cleavers").heads())
        .containsExactly("knife", "cleaver");
    assertThat(TextNormalizer.analyse("non-electric frying pans").heads()).containsExactly("pan");
    assertThat(TextNormalizer.analyse("market research services").heads())
        .containsExactly("research");
    assertThat(TextNormalizer.analyse("toner cartridges, filled, for printers").heads())
        .containsExactly("cartridge");
  }

  @Test
  void keyIgnoresWordOrderAndFillerWords() {
    assertThat(TextNormalizer.key("detergents for dishwashers"))
        .isEqualTo(TextNormalizer.key("Dishwasher detergent"));
    assertThat(TextNormalizer.key("knives"))
        .isNotEqualTo(TextNormalizer.key("non-electric knives"));
  }

  @Test
  void blankTextHasNoTokens() {
    assertThat(TextNormalizer.tokens("  ")).isEmpty();
    assertThat(TextNormalizer.tokens(null)).isEmpty();
    assertThat(TextNormalizer.tokens("for the, of and")).isEmpty();
  }
}
