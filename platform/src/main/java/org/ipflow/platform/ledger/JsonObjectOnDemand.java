package org.ipflow.platform.ledger;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON object read from its text only when something looks at it. A step's ledger row returns its
 * input snapshot as the JSON types a later read of the row gives, and the step that just recorded
 * it almost never looks at it: reading it at once cost a fifth of recording the row.
 */
final class JsonObjectOnDemand extends AbstractMap<String, Object> {

  private final String json;
  private final Function<String, Map<String, Object>> reader;
  // Read at most a few times: two threads looking at once may both read it; the results are equal.
  private volatile Map<String, Object> read;

  JsonObjectOnDemand(String json, Function<String, Map<String, Object>> reader) {
    this.json = json;
    this.reader = reader;
  }

  private Map<String, Object> read() {
    Map<String, Object> value = read;
    if (value == null) {
      value = reader.apply(json);
      read = value;
    }
    return value;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return read().entrySet();
  }

  @Override
  public Object get(Object key) {
    return read().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return read().containsKey(key);
  }

  @Override
  public int size() {
    return read().size();
  }
}
