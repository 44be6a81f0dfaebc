package org.ipflow.formats;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reading and writing ST.96 XML safely. Every document goes through one streaming pass: a SAX
 * parser that refuses any DOCTYPE (so no DTD, no entity of any kind, internal or external, is ever
 * declared: XXE and entity expansion are impossible) with the JDK's secure processing on, a guard
 * that bounds the nesting depth and checks the root element, the official schema's validator, and
 * then the binding. The size is checked before parsing starts.
 */
final class SafeXml {

  static final String ST96_VERSION = "V6_0";
  private static final int MAX_PROBLEMS = 20;
  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";

  private SafeXml() {}

  /** Bounds applied to every document read. */
  record Limits(int maxBytes, int maxDepth) {
    Limits {
      if (maxBytes < 1 || maxDepth < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /** Validates {@code xml} as {@code document} and returns the bound root value. */
  static Object read(St96Document document, byte[] xml, Limits limits) {
    Problems problems = new Problems();
    checkSize(xml, limits, problems);
    try {
      Unmarshaller unmarshaller = document.context().createUnmarshaller();
      unmarshaller.setEventHandler(event -> true); // the schema validator reports the problems
      UnmarshallerHandler binding = unmarshaller.getUnmarshallerHandler();
      ValidatorHandler validator = validatorHandler(document, problems);
      validator.setContentHandler(binding);
      parse(xml, new Guard(validator, document.root(), limits.maxDepth(), problems), problems);
      problems.throwIfAny();
      Object result = binding.getResult();
      return JAXBIntrospector.getValue(result);
    } catch (JAXBException | IllegalStateException e) {
      problems.throwIfAny();
      throw new St96Exception("the document cannot be read: " + e.getMessage());
    }
  }

  /** Validates {@code xml} against the schema of the document its root element names. */
  static St96Document validate(byte[] xml, Limits limits) {
    Problems problems = new Problems();
    checkSize(xml, limits, problems);
    QName root = rootOf(xml, problems);
    St96Document document = St96Document.byRoot(root);
    if (document == null) {
      throw new St96Exception(
          "root element "
              + St96Namespaces.name(root.getNamespaceURI(), root.getLocalPart())
              + " is not one of the ST.96 documents this module knows");
    }
    validate(document, xml, limits);
    return document;
  }

  /** Validates {@code xml} as {@code document}. */
  static void validate(St96Document document, byte[] xml, Limits limits) {
    Problems problems = new Problems();
    checkSize(xml, limits, problems);
    ValidatorHandler validator = validatorHandler(document, problems);
    validator.setContentHandler(new DefaultHandler());
    parse(xml, new Guard(validator, document.root(), limits.maxDepth(), problems), problems);
    problems.throwIfAny();
  }

  /** Marshals a bound root element (a {@link JAXBElement}) as UTF-8 XML with ST.96 prefixes. */
  static byte[] write(St96Document document, JAXBElement<?> root) {
    try {
      Marshaller marshaller = document.context().createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
      marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new Prefixes());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      marshaller.marshal(root, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new IllegalStateException("ST.96 document cannot be written", e);
    }
  }

  private static void checkSize(byte[] xml, Limits limits, Problems problems) {
    if (xml == null || xml.length == 0) {
      problems.add(-1, -1, "the document is empty");
    } else if (xml.length > limits.maxBytes()) {
      problems.add(
          -1,
          -1,
          "the document is "
              + xml.length
              + " bytes long; documents of more than "
              + limits.maxBytes()
              + " bytes are not accepted");
    }
    problems.throwIfAny();
  }

  private static QName rootOf(byte[] xml, Problems problems) {
    QName[] root = new QName[1];
    ContentHandler sniffer =
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes atts)
              throws SAXException {
            root[0] = new QName(uri, local);
            throw new StopParsing();
          }
        };
    parse(xml, sniffer, problems);
    problems.throwIfAny();
    if (root[0] == null) {
      throw new St96Exception("the document has no root element");
    }
    return root[0];
  }

  private static ValidatorHandler validatorHandler(St96Document document, Problems problems) {
    ValidatorHandler validator = document.schema().newValidatorHandler();
    try {
      // Instance documents may not pull in schemas or DTDs of their own (xsi:schemaLocation).
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("the schema validator cannot be secured", e);
    }
    validator.setErrorHandler(problems);
    return validator;
  }

  private static void parse(byte[] xml, ContentHandler handler, Problems problems) {
    try {
      XMLReader reader = secureReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(problems);
      reader.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (StopParsing e) {
      // the guard stopped reading: its reason is among the problems, or the root was found
    } catch (SAXParseException e) {
      problems.fatal(e);
    } catch (SAXException e) {
      problems.add(-1, -1, readable(e.getMessage()));
    } catch (IOException e) {
      problems.add(-1, -1, "the document cannot be read: " + e.getMessage());
    }
  }

  private static XMLReader secureReader() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      XMLReader reader = factory.newSAXParser().getXMLReader();
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return reader;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no secure XML parser available", e);
    }
  }

  private static String readable(String message) {
    if (message == null) {
      return "the document is not well-formed XML";
    }
    if (message.contains(DISALLOW_DOCTYPE) || message.contains("DOCTYPE")) {
      return "a DOCTYPE declaration is not allowed in an ST.96 document (no DTD, no entities)";
    }
    String text = message.replaceFirst("^cvc-[A-Za-z0-9.-]+: ", "");
    return St96Namespaces.shorten(text);
  }

  /** Stops the parse on purpose. */
  private static final class StopParsing extends SAXException {
    private static final long serialVersionUID = 1L;

    StopParsing() {
      super("stopped");
    }
  }

  /** Collects the problems of one document, in order, up to {@link #MAX_PROBLEMS}. */
  private static final class Problems implements ErrorHandler {
    private final List<St96Exception.Problem> list = new ArrayList<>();

    void add(int line, int column, String message) {
      if (list.size() < MAX_PROBLEMS) {
        list.add(new St96Exception.Problem(line, column, message));
      }
    }

    void fatal(SAXParseException e) {
      boolean known =
          list.stream()
              .anyMatch(
                  p ->
                      p.line() == e.getLineNumber()
                          && p.column() == e.getColumnNumber()
                          && p.message().equals(readable(e.getMessage())));
      if (!known) {
        add(e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage()));
      }
    }

    void throwIfAny() {
      if (!list.isEmpty()) {
        throw new St96Exception(list);
      }
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      add(e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage()));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      add(e.getLineNumber(), e.getColumnNumber(), readable(e.getMessage()));
      throw new StopParsing();
    }
  }

  /** Bounds the depth and checks the root element before the schema sees the document. */
  private static final class Guard extends XMLFilterImpl {
    private final QName expectedRoot;
    private final int maxDepth;
    private final Problems problems;
    private Locator locator;
    private int depth;

    Guard(ContentHandler next, QName expectedRoot, int maxDepth, Problems problems) {
      this.expectedRoot = expectedRoot;
      this.maxDepth = maxDepth;
      this.problems = problems;
      setContentHandler(next);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
      super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts)
        throws SAXException {
      depth++;
      if (depth == 1 && !expectedRoot.equals(new QName(uri, local))) {
        stop(
            "the root element is "
                + St96Namespaces.name(uri, local)
                + "; this document must be "
                + St96Namespaces.name(expectedRoot.getNamespaceURI(), expectedRoot.getLocalPart()));
      }
      if (depth > maxDepth) {
        stop("elements are nested more than " + maxDepth + " levels deep");
      }
      super.startElement(uri, local, qName, atts);
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      depth--;
      super.endElement(uri, local, qName);
    }

    private void stop(String message) throws SAXException {
      int line = locator == null ? -1 : locator.getLineNumber();
      int column = locator == null ? -1 : locator.getColumnNumber();
      problems.add(line, column, message);
      throw new StopParsing();
    }
  }

  /** Writes the ST.96 namespaces with their usual prefixes. */
  private static final class Prefixes extends NamespacePrefixMapper {
    @Override
    public String getPreferredPrefix(String namespace, String suggestion, boolean required) {
      return St96Namespaces.PREFIXES.getOrDefault(namespace, suggestion);
    }

    @Override
    public String[] getPreDeclaredNamespaceUris() {
      return new String[] {St96Namespaces.COMMON};
    }
  }
}
