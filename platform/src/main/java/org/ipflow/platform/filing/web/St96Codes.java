package org.ipflow.platform.filing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The code lists of the official ST.96 V6.0 Common schema (ISO 3166 countries, ISO 639-1 languages,
 * WIPO ST.3 offices), read once from the schema the formats module validates with. The JSON API
 * accepts any two letters where ST.96 enumerates its codes; an export keeps a value only when the
 * schema knows it, so that it always validates.
 */
final class St96Codes {

  private static final String SCHEMA = "st96/Common_V6_0.xsd";
  private static final Map<String, Set<String>> LISTS = load();

  private St96Codes() {}

  /** An ISO 3166-1 alpha-2 country code ST.96 knows ({@code com:ExtendedISOCountryCodeType}). */
  static boolean isCountry(String code) {
    return in(code, "ISOCountryCodeType", "ISOFormerCountryCodeType");
  }

  /** An ISO 639-1 language code ST.96 knows ({@code com:ExtendedISOLanguageCodeType}). */
  static boolean isLanguage(String code) {
    return in(code, "ISOLanguageCodeType", "ISOFormerLanguageCodeType");
  }

  /** A WIPO ST.3 code ST.96 knows ({@code com:ExtendedWIPOST3CodeType}). */
  static boolean isOffice(String code) {
    return in(code, "WIPOST3CodeType", "WIPOFormerST3CodeType");
  }

  private static boolean in(String code, String... types) {
    if (code == null) {
      return false;
    }
    for (String type : types) {
      if (LISTS.getOrDefault(type, Set.of()).contains(code)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> lists = new HashMap<>();
    try (InputStream in = St96Codes.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is not on the class path (ipflow-formats)");
      }
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory
          .newSAXParser()
          .parse(
              in,
              new DefaultHandler() {
                private String type;
                private int depth;
                private int typeDepth;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                  depth++;
                  if (XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(uri)) {
                    if ("simpleType".equals(local) && a.getValue("name") != null) {
                      type = a.getValue("name");
                      typeDepth = depth;
                    } else if ("enumeration".equals(local) && type != null) {
                      lists.computeIfAbsent(type, k -> new HashSet<>()).add(a.getValue("value"));
                    }
                  }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                  if (type != null && depth == typeDepth) {
                    type = null;
                  }
                  depth--;
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read the code lists of " + SCHEMA, e);
    }
    lists.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(lists);
  }
}
