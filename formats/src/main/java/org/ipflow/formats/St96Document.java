package org.ipflow.formats;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The ST.96 V6.0 documents the module reads and writes: their root element, the official flattened
 * schema they validate against, and the binding that maps them. Schemas and binding contexts are
 * built once, on first use, and shared (both are thread-safe).
 */
enum St96Document {
  TRADEMARK_APPLICATION(
      St96Namespaces.TRADEMARK,
      "TrademarkApplication",
      org.ipflow.formats.st96.generated.trademark.ObjectFactory.class),
  DESIGN_APPLICATION(
      St96Namespaces.DESIGN,
      "DesignApplication",
      org.ipflow.formats.st96.generated.design.ObjectFactory.class),
  BIBLIOGRAPHIC_DATA(
      St96Namespaces.PATENT,
      "BibliographicData",
      org.ipflow.formats.st96.generated.patent.ObjectFactory.class),
  APPLICATION_BODY(
      St96Namespaces.PATENT,
      "ApplicationBody",
      org.ipflow.formats.st96.generated.patent.body.ObjectFactory.class),
  PATENT_PUBLICATION(
      St96Namespaces.PATENT,
      "PatentPublication",
      org.ipflow.formats.st96.generated.patent.ObjectFactory.class),
  PATENT_LEGAL_STATUS_DATA(
      St96Namespaces.PATENT,
      "PatentLegalStatusData",
      org.ipflow.formats.st96.generated.patent.legalstatus.ObjectFactory.class);

  static final String SCHEMA_DIRECTORY = "/st96/";

  private static final Map<St96Document, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

  private final QName root;
  private final Class<?> objectFactory;

  St96Document(String namespace, String rootName, Class<?> objectFactory) {
    this.root = new QName(namespace, rootName);
    this.objectFactory = objectFactory;
  }

  QName root() {
    return root;
  }

  /** The official flattened schema of this document, e.g. {@code TrademarkApplication_V6_0.xsd}. */
  String schemaFile() {
    return root.getLocalPart() + "_V6_0.xsd";
  }

  static St96Document byRoot(QName root) {
    for (St96Document document : values()) {
      if (document.root.equals(root)) {
        return document;
      }
    }
    return null;
  }

  Schema schema() {
    return SCHEMAS.computeIfAbsent(this, St96Document::loadSchema);
  }

  JAXBContext context() {
    return CONTEXTS.computeIfAbsent(objectFactory, St96Document::newContext);
  }

  private static JAXBContext newContext(Class<?> objectFactory) {
    try {
      return JAXBContext.newInstance(
          objectFactory, org.ipflow.formats.st96.generated.common.ObjectFactory.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("the ST.96 binding cannot be loaded", e);
    }
  }

  /**
   * Loads the schema from the module's resources. Its imports are resolved from the same folder
   * only: the factory may open nothing else (no DTD, no schema from elsewhere).
   */
  private static Schema loadSchema(St96Document document) {
    try {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setResourceResolver(
          (type, namespace, publicId, systemId, baseUri) -> bundledSchema(systemId));
      URL url = resource(document.schemaFile());
      try (InputStream in = url.openStream()) {
        return factory.newSchema(new StreamSource(in, url.toExternalForm()));
      }
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("the official schema cannot be loaded: " + document, e);
    }
  }

  private static LSInput bundledSchema(String systemId) {
    if (systemId == null) {
      return null;
    }
    String name = systemId.substring(systemId.lastIndexOf('/') + 1);
    URL url = resource(name);
    try {
      return new BundledSchema(url.toExternalForm(), url.openStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL resource(String name) {
    if (!name.matches("[A-Za-z0-9_]+\\.xsd")) {
      throw new IllegalStateException("not a bundled schema: " + name);
    }
    URL url = St96Document.class.getResource(SCHEMA_DIRECTORY + name);
    if (url == null) {
      throw new IllegalStateException("schema missing from the module: " + name);
    }
    return url;
  }

  /** A schema read from the module's own resources. */
  private static final class BundledSchema implements LSInput {
    private final String systemId;
    private final InputStream stream;

    BundledSchema(String systemId, InputStream stream) {
      this.systemId = systemId;
      this.stream = stream;
    }

    @Override
    public java.io.Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(java.io.Reader characterStream) {}

    @Override
    public InputStream getByteStream() {
      return stream;
    }

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return systemId;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
