package org.ipflow.signing;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the name of the document a detached XAdES signature references. */
final class XadesReferences {

  private static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";
  private static final String SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";

  private XadesReferences() {}

  /** The URI of the first reference that is not the signed properties, or null. */
  static String detachedReferenceName(byte[] signature) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      NodeList references =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(signature))
              .getElementsByTagNameNS(XMLDSIG, "Reference");
      for (int i = 0; i < references.getLength(); i++) {
        Element reference = (Element) references.item(i);
        String uri = reference.getAttribute("URI");
        if (!SIGNED_PROPERTIES_TYPE.equals(reference.getAttribute("Type"))
            && !uri.isEmpty()
            && !uri.startsWith("#")) {
          return java.net.URLDecoder.decode(uri, java.nio.charset.StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (Exception e) {
      return null;
    }
  }
}
