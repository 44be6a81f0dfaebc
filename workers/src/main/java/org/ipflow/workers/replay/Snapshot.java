package org.ipflow.workers.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an input snapshot as the ledger gives it back (JSON: maps, lists, strings, numbers,
 * booleans, nulls). A key that is missing makes the decision not replayable; a key present with
 * {@code null} is a null the decision saw.
 */
final class Snapshot {

  private final Map<?, ?> values;
  private final String path;

  private Snapshot(Map<?, ?> values, String path) {
    this.values = values;
    this.path = path;
  }

  static Snapshot of(Map<?, ?> values) {
    return new Snapshot(values, "inputs");
  }

  private Object get(String key) {
    if (!values.containsKey(key)) {
      throw new NotReplayableException("the input snapshot lacks " + path + "." + key);
    }
    return values.get(key);
  }

  private <T> T typed(String key, Class<T> type) {
    Object value = get(key);
    if (value != null && !type.isInstance(value)) {
      throw new NotReplayableException(
          path + "." + key + " is a " + value.getClass().getSimpleName() + ", not a " + type);
    }
    return type.cast(value);
  }

  String string(String key) {
    return typed(key, String.class);
  }

  Integer integer(String key) {
    Number number = typed(key, Number.class);
    return number == null ? null : number.intValue();
  }

  int intValue(String key) {
    return required(key, integer(key));
  }

  long longValue(String key) {
    return required(key, typed(key, Number.class)).longValue();
  }

  double doubleValue(String key) {
    return required(key, typed(key, Number.class)).doubleValue();
  }

  boolean bool(String key) {
    return required(key, typed(key, Boolean.class));
  }

  Boolean boolOrNull(String key) {
    return typed(key, Boolean.class);
  }

  LocalDate date(String key) {
    String text = string(key);
    return text == null ? null : LocalDate.parse(text);
  }

  List<?> list(String key) {
    return required(key, typed(key, List.class));
  }

  List<String> strings(String key) {
    List<String> strings = new ArrayList<>();
    for (Object value : list(key)) {
      strings.add((String) value);
    }
    return strings;
  }

  List<Integer> integers(String key) {
    List<Integer> integers = new ArrayList<>();
    for (Object value : list(key)) {
      integers.add(value == null ? null : ((Number) value).intValue());
    }
    return integers;
  }

  Map<?, ?> map(String key) {
    return typed(key, Map.class);
  }

  Snapshot object(String key) {
    Map<?, ?> map = map(key);
    return map == null ? null : new Snapshot(map, path + "." + key);
  }

  List<Snapshot> objects(String key) {
    List<Snapshot> objects = new ArrayList<>();
    List<?> list = list(key);
    for (int i = 0; i < list.size(); i++) {
      objects.add(
          list.get(i) == null
              ? null
              : new Snapshot((Map<?, ?>) list.get(i), path + "." + key + "[" + i + "]"));
    }
    return objects;
  }

  private <T> T required(String key, T value) {
    if (value == null) {
      throw new NotReplayableException(path + "." + key + " is null");
    }
    return value;
  }
}
