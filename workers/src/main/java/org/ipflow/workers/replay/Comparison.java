package org.ipflow.workers.replay;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares values as JSON sees them: a map's key order does not count (the ledger's jsonb does not
 * keep it), a list's order does, numbers are equal when their values are (an {@code Integer} read
 * back equals the {@code Long} written).
 */
final class Comparison {

  private Comparison() {}

  /** Every difference between {@code recorded} and {@code replayed}, as {@code path: a -> b}. */
  static List<String> differences(String path, Object recorded, Object replayed) {
    List<String> differences = new ArrayList<>();
    compare(path, canonical(recorded), canonical(replayed), differences);
    return differences;
  }

  private static void compare(String path, Object a, Object b, List<String> out) {
    if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
      TreeSet<String> keys = new TreeSet<>();
      left.keySet().forEach(k -> keys.add((String) k));
      right.keySet().forEach(k -> keys.add((String) k));
      for (String key : keys) {
        if (!left.containsKey(key)) {
          out.add(path + "." + key + ": not recorded, replayed " + show(right.get(key)));
        } else if (!right.containsKey(key)) {
          out.add(path + "." + key + ": recorded " + show(left.get(key)) + ", not replayed");
        } else {
          compare(path + "." + key, left.get(key), right.get(key), out);
        }
      }
    } else if (a instanceof List<?> left && b instanceof List<?> right) {
      for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
        if (i >= left.size()) {
          out.add(path + "[" + i + "]: not recorded, replayed " + show(right.get(i)));
        } else if (i >= right.size()) {
          out.add(path + "[" + i + "]: recorded " + show(left.get(i)) + ", not replayed");
        } else {
          compare(path + "[" + i + "]", left.get(i), right.get(i), out);
        }
      }
    } else if (!Objects.equals(a, b)) {
      out.add(path + ": recorded " + show(a) + ", replayed " + show(b));
    }
  }

  /** The value as JSON would carry it: maps by key, lists, plain numbers, strings, booleans. */
  static Object canonical(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      BigDecimal decimal =
          number instanceof Double || number instanceof Float
              ? BigDecimal.valueOf(number.doubleValue())
              : new BigDecimal(number.toString());
      return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
      return sorted;
    }
    if (value instanceof Iterable<?> iterable) {
      List<Object> list = new ArrayList<>();
      iterable.forEach(v -> list.add(canonical(v)));
      return list;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value.getClass().isRecord()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          map.put(component.getName(), component.getAccessor().invoke(value));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
      return canonical(map);
    }
    return value.toString();
  }

  private static String show(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }
}
