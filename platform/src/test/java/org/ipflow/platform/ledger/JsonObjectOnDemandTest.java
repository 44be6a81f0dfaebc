package org.ipflow.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class JsonObjectOnDemandTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final AtomicInteger reads = new AtomicInteger();

  private JsonObjectOnDemand object(String text) {
    return new JsonObjectOnDemand(
        text,
        t -> {
          reads.incrementAndGet();
          return json.readValue(t, new TypeReference<Map<String, Object>>() {});
        });
  }

  @Test
  void readsItsTextOnlyOnceSomethingLooksAtIt() {
    JsonObjectOnDemand inputs = object("{\"classes\":[9,42],\"referenceDate\":\"2026-11-25\"}");
    assertThat(reads).hasValue(0);

    assertThat(inputs.get("classes")).isEqualTo(List.of(9, 42));
    assertThat(inputs).containsEntry("referenceDate", "2026-11-25").hasSize(2);
    assertThat(inputs.containsKey("missing")).isFalse();
    assertThat(reads).hasValue(1);
  }

  @Test
  void equalsTheObjectReadAtOnceAndHashesAlike() {
    String text = "{\"a\":1,\"b\":{\"c\":[true,null,\"x\"]}}";
    Map<String, Object> eager = json.readValue(text, new TypeReference<Map<String, Object>>() {});

    assertThat(object(text)).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(eager).isEqualTo(object(text));
    assertThat(object(text).toString()).isEqualTo(eager.toString());
  }
}
