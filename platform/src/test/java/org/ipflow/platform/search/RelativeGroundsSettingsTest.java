package org.ipflow.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ipflow.workers.relativegrounds.RelativeGroundsPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RelativeGroundsSettingsTest {

  @Test
  void withoutSettingsTheOfficeNotifiesFromSixTenthsAndComparesTenMarks() {
    SearchProperties defaults = bind(Map.of());

    assertThat(defaults.relativeGrounds()).isEqualTo(RelativeGroundsPolicy.NOTIFY);
    assertThat(defaults.scoreThreshold()).isEqualTo(0.6);
    assertThat(defaults.resultLimit()).isEqualTo(10);
    assertThat(defaults).isEqualTo(SearchProperties.defaults());
  }

  @Test
  void anOfficeMayExamineRelativeGroundsExOfficio() {
    SearchProperties exOfficio =
        bind(
            Map.of(
                "ipflow.search.relative-grounds", "EX_OFFICIO",
                "ipflow.search.score-threshold", "0.8",
                "ipflow.search.result-limit", "20"));

    assertThat(exOfficio)
        .isEqualTo(new SearchProperties(RelativeGroundsPolicy.EX_OFFICIO, 0.8, 20));
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefusedAtStartUp() {
    assertThatThrownBy(() -> bind(Map.of("ipflow.search.score-threshold", "1.5")))
        .isInstanceOf(BindException.class)
        .hasRootCauseMessage("ipflow.search.score-threshold must be in (0, 1]: 1.5");
    assertThatThrownBy(() -> new SearchProperties(null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SearchProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("ipflow.search", SearchProperties.class);
  }
}
