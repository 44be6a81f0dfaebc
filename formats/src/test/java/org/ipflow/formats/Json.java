package org.ipflow.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict little JSON parser for the tests: it fails on anything that is not RFC 8259 JSON. */
final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Json p = new Json(text);
    Object value = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw p.error("trailing content");
    }
    return value;
  }

  /** Follows a path of keys (maps) and indexes (lists). */
  @SuppressWarnings("unchecked")
  static Object at(Object root, Object... path) {
    Object node = root;
    for (Object step : path) {
      if (step instanceof Integer index) {
        node = ((List<Object>) node).get(index);
      } else {
        node = ((Map<String, Object>) node).get((String) step);
      }
      if (node == null) {
        throw new AssertionError("no " + step + " in path " + List.of(path));
      }
    }
    return node;
  }

  private Object value() {
    ws();
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(i);
    if (c == '{') {
      i++;
      Map<String, Object> map = new LinkedHashMap<>();
      ws();
      if (peek('}')) {
        return map;
      }
      do {
        ws();
        String key = string();
        ws();
        expect(':');
        if (map.put(key, value()) != null) {
          throw error("duplicate key " + key);
        }
        ws();
      } while (accept(','));
      expect('}');
      return map;
    }
    if (c == '[') {
      i++;
      List<Object> list = new ArrayList<>();
      ws();
      if (peek(']')) {
        return list;
      }
      do {
        list.add(value());
        ws();
      } while (accept(','));
      expect(']');
      return list;
    }
    if (c == '"') {
      return string();
    }
    if (s.startsWith("true", i)) {
      i += 4;
      return Boolean.TRUE;
    }
    if (s.startsWith("false", i)) {
      i += 5;
      return Boolean.FALSE;
    }
    if (s.startsWith("null", i)) {
      i += 4;
      return null;
    }
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (start == i) {
      throw error("unexpected " + c);
    }
    return new BigDecimal(s.substring(start, i));
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        char e = s.charAt(i++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> throw error("bad escape");
        }
      } else {
        out.append(c);
      }
    }
  }

  private void ws() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private boolean peek(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private boolean accept(char c) {
    return peek(c);
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at " + i);
  }
}
