package org.ipflow.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipflow.formats.Json.at;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class St97JsonTest {

  @Test
  void trademarkJsonMirrorsTheSt96ElementNames() {
    Object json = Json.parse(St97Json.toJson(Samples.registeredMark()));

    Object mark = at(json, "TrademarkApplication", "TrademarkBag", "Trademark", 0);
    assertThat(at(json, "TrademarkApplication", "st96Version")).isEqualTo("V6_0");
    assertThat(at(mark, "ApplicationNumber", 0, "ST13ApplicationNumber"))
        .isEqualTo("302026000000123");
    assertThat(at(mark, "MarkRepresentation", "MarkFeatureCategory")).isEqualTo("Word");
    assertThat(
            at(
                mark,
                "MarkRepresentation",
                "MarkReproduction",
                "WordMarkSpecification",
                0,
                "MarkVerbalElementText",
                "value"))
        .isEqualTo("BLUE HERON");
    assertThat(
            at(
                mark,
                "GoodsServicesBag",
                "GoodsServices",
                0,
                "ClassDescriptionBag",
                "ClassDescription",
                1,
                "ClassNumber"))
        .isEqualTo("42");
    assertThat(at(mark, "ExpiryDate")).isEqualTo("2036-03-02");
  }

  @Test
  void keysAreTheSameElementNamesAsInTheXmlExport() {
    FilingDocument filing = Samples.registeredDesign();
    String xml =
        new String(new St96Writer().write(filing), java.nio.charset.StandardCharsets.UTF_8);
    Object json = Json.parse(St97Json.toJson(filing));

    for (String key : keys(json)) {
      if (Character.isUpperCase(key.charAt(0))) {
        assertThat(xml).as("element %s of the JSON is in the XML", key).contains(":" + key + ">");
      } else if (!key.equals("value")) {
        assertThat(xml).as("attribute %s of the JSON is in the XML", key).contains(":" + key + "=");
      }
    }
  }

  @Test
  void repeatableElementsAreAlwaysArraysAndSchemaNumbersAreNumbers() {
    Object json = Json.parse(St97Json.toJson(Samples.grantedPatent()));

    Object bib = at(json, "PatentPublication", "BibliographicData");
    assertThat(at(bib, "PriorityClaimBag", "PriorityClaim")).isInstanceOf(List.class);
    assertThat(at(bib, "InventionTitleBag", "InventionTitle", 0, "value"))
        .isEqualTo("Coffee machine with a milk frother");
    assertThat(at(bib, "ClaimTotalQuantity")).isEqualTo(new BigDecimal("2"));
    assertThat(at(json, "PatentPublication", "Claims", "Claim")).isInstanceOf(List.class);
    assertThat(at(json, "PatentPublication", "Claims", "Claim", 1, "ClaimText", 0))
        .isEqualTo("The coffee machine of claim 1, wherein the steam wand froths milk.");
  }

  @Test
  void escapesTextSoThatTheJsonStaysValid() {
    FilingDocument filing =
        Samples.registeredMark().toBuilder()
            .mark(
                new FilingDocument.Mark(
                    "\"QUOTE\" \\ back\nline\ttab \u0001", FilingDocument.MarkFeature.WORD, null))
            .build();

    Object json = Json.parse(St97Json.toJson(filing));

    assertThat(
            at(
                json,
                "TrademarkApplication",
                "TrademarkBag",
                "Trademark",
                0,
                "MarkRepresentation",
                "MarkReproduction",
                "WordMarkSpecification",
                0,
                "MarkSignificantVerbalElementText",
                "value"))
        .isEqualTo("\"QUOTE\" \\ back\nline\ttab \u0001");
  }

  @SuppressWarnings("unchecked")
  private static List<String> keys(Object node) {
    List<String> out = new java.util.ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            out.add((String) k);
            out.addAll(keys(v));
          });
    } else if (node instanceof List<?> list) {
      list.forEach(v -> out.addAll(keys(v)));
    }
    return out;
  }
}
