package org.ipflow.formats;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * JSON that mirrors ST.96, in the manner of WIPO ST.97: the keys are the ST.96 element and
 * attribute names without namespace prefix ({@code TrademarkApplication}, {@code
 * MarkVerbalElementText}, {@code st96Version}), in schema order, and the document is the same tree
 * as the ST.96 XML export (both are made from one binding). Conventions:
 *
 * <ul>
 *   <li>the root is an object with one key, the root element: {@code {"TrademarkApplication":
 *       {...}}};
 *   <li>an element the schema lets repeat is always an array, even with one item;
 *   <li>an element with text and attributes is an object whose text is under {@code "value"}; with
 *       text only, it is the text itself;
 *   <li>mixed content (paragraphs, claims) is given as its plain text;
 *   <li>numbers and booleans of the schema are JSON numbers and booleans; dates are ISO strings.
 * </ul>
 */
public final class St97Json {

  private St97Json() {}

  /** The filing as JSON mirroring the ST.96 document {@link St96Writer#write} produces. */
  public static String toJson(FilingDocument filing) {
    return render(St96Writer.bind(filing));
  }

  /** Renders a bound root element, or a tree of maps, lists and values. */
  static String render(Object root) {
    StringBuilder out = new StringBuilder();
    write(tree(root), out);
    return out.toString();
  }

  /** The bound object as a tree of ordered maps, lists, strings, numbers and booleans. */
  static Object tree(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JAXBElement<?> element) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put(element.getName().getLocalPart(), node(element.getValue()));
      return root;
    }
    return node(value);
  }

  private static Object node(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JAXBElement<?> element) {
      return node(element.getValue());
    }
    if (value instanceof String
        || value instanceof Boolean
        || value instanceof BigInteger
        || value instanceof BigDecimal
        || value instanceof Integer
        || value instanceof Long) {
      return value;
    }
    if (value instanceof XMLGregorianCalendar calendar) {
      return calendar.toXMLFormat();
    }
    if (value instanceof Enum<?> e) {
      return enumValue(e);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), node(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(node(v)));
      return out;
    }
    if (value.getClass().isAnnotationPresent(XmlType.class)) {
      return bound(value);
    }
    return value.toString();
  }

  private static Object bound(Object object) {
    Map<String, Object> out = new LinkedHashMap<>();
    Object text = null;
    for (Field field : fields(object.getClass())) {
      Object value = get(field, object);
      if (value == null || (value instanceof List<?> l && l.isEmpty())) {
        continue;
      }
      if (field.isAnnotationPresent(XmlValue.class)) {
        text = node(value);
      } else if (field.isAnnotationPresent(XmlMixed.class)) {
        @SuppressWarnings("unchecked")
        String mixed = CommonMapping.mixedText((List<? extends Serializable>) value);
        text = mixed;
      } else if (field.isAnnotationPresent(XmlAttribute.class)) {
        String name = field.getAnnotation(XmlAttribute.class).name();
        out.put(isDefault(name) ? field.getName() : name, node(value));
      } else if (field.isAnnotationPresent(XmlElements.class)
          || field.isAnnotationPresent(XmlElementRefs.class)
          || field.isAnnotationPresent(XmlElementRef.class)) {
        for (Object item : (value instanceof List<?> list ? list : List.of(value))) {
          String name = choiceName(field, item);
          @SuppressWarnings("unchecked")
          List<Object> items =
              (List<Object>) out.computeIfAbsent(name, k -> new ArrayList<Object>());
          items.add(node(item));
        }
      } else {
        XmlElement element = field.getAnnotation(XmlElement.class);
        String name =
            element == null || isDefault(element.name()) ? field.getName() : element.name();
        out.put(name, node(value));
      }
    }
    if (text != null) {
      if (out.isEmpty()) {
        return text;
      }
      out.put("value", text);
    }
    return out;
  }

  /** The element name of one item of a choice: from its JAXBElement or the declared types. */
  private static String choiceName(Field field, Object item) {
    if (item instanceof JAXBElement<?> element) {
      return element.getName().getLocalPart();
    }
    XmlElements elements = field.getAnnotation(XmlElements.class);
    if (elements != null) {
      for (XmlElement e : elements.value()) {
        if (e.type().isInstance(item)) {
          return e.name();
        }
      }
    }
    return item.getClass().getSimpleName();
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> out = new ArrayList<>();
    if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
      out.addAll(fields(type.getSuperclass()));
    }
    for (Field f : type.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
        out.add(f);
      }
    }
    return out;
  }

  private static Object get(Field field, Object object) {
    try {
      field.setAccessible(true);
      return field.get(object);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enumValue(Enum<?> e) {
    try {
      XmlEnumValue value =
          e.getDeclaringClass().getField(e.name()).getAnnotation(XmlEnumValue.class);
      return value == null ? e.name() : value.value();
    } catch (NoSuchFieldException x) {
      return e.name();
    }
  }

  private static boolean isDefault(String name) {
    return name == null || name.isEmpty() || "##default".equals(name);
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      quote(value.toString(), out);
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
