package org.ipflow.signing;

import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The validation policy: DSS's default ETSI policy, made strict about what may change in a PDF
 * after it was signed. The default only warns about visual differences, DocMDP / FieldMDP / lock
 * violations and "undefined" object changes, so a document altered after signing could still come
 * out TOTAL_PASSED; here each of those fails the signature. Additions that a long-term signature
 * legitimately makes (validation data, document time-stamps, further signatures) remain allowed.
 */
final class ValidationPolicies {

  private static final String DEFAULT_POLICY = "/policy/constraint.xml";

  /** Checks raised from WARN to FAIL. */
  private static final Set<String> MADE_STRICT =
      Set.of("PdfVisualDifference", "DocMDP", "FieldMDP", "SigFieldLock", "UndefinedChanges");

  private static final byte[] POLICY_XML = strictPolicy();
  private static final List<AlgorithmExpiry> EXPIRIES = expiries();

  /** An algorithm's expiry date in the policy; {@code size} 0 = any (digest algorithms). */
  record AlgorithmExpiry(String algorithm, int size, Instant expires) {}

  private ValidationPolicies() {}

  /** A new policy object (cheap to share: DSS reads it only). */
  static ValidationPolicy strict() {
    return ValidationPolicyLoader.fromValidationPolicy(new ByteArrayInputStream(POLICY_XML))
        .create();
  }

  /**
   * When the policy says {@code algorithm} (a DSS name such as SHA256 or ECDSA) with a key of
   * {@code keySize} bits (0 for digest algorithms) expires; empty if it sets no date.
   */
  static Optional<Instant> expiry(String algorithm, int keySize) {
    AlgorithmExpiry best = null;
    for (AlgorithmExpiry expiry : EXPIRIES) {
      if (!expiry.algorithm().equalsIgnoreCase(algorithm)) {
        continue;
      }
      if (expiry.size() == 0 || expiry.size() <= keySize) {
        // The entry for the largest size not above the key size applies.
        if (best == null || expiry.size() >= best.size()) {
          best = expiry;
        }
      }
    }
    return best == null ? Optional.empty() : Optional.ofNullable(best.expires());
  }

  private static byte[] strictPolicy() {
    try {
      Document document = parse();
      for (String name : MADE_STRICT) {
        NodeList elements = document.getElementsByTagNameNS("*", name);
        for (int i = 0; i < elements.getLength(); i++) {
          ((Element) elements.item(i)).setAttribute("Level", "FAIL");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      factory.newTransformer().transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot prepare the validation policy", e);
    }
  }

  private static List<AlgorithmExpiry> expiries() {
    try {
      Document document = parse();
      List<AlgorithmExpiry> result = new ArrayList<>();
      NodeList lists = document.getElementsByTagNameNS("*", "AlgoExpirationDate");
      for (int l = 0; l < lists.getLength(); l++) {
        Element list = (Element) lists.item(l);
        // Only the global cryptographic constraints (direct child of the root).
        if (!"Cryptographic".equals(list.getParentNode().getLocalName())
            || list.getParentNode().getParentNode() != document.getDocumentElement()) {
          continue;
        }
        NodeList algorithms = list.getElementsByTagNameNS("*", "Algo");
        for (int i = 0; i < algorithms.getLength(); i++) {
          Element algorithm = (Element) algorithms.item(i);
          String date = algorithm.getAttribute("Date");
          String size = algorithm.getAttribute("Size");
          result.add(
              new AlgorithmExpiry(
                  algorithm.getTextContent().trim(),
                  size.isEmpty() ? 0 : Integer.parseInt(size),
                  date.isEmpty()
                      ? null
                      : LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
      }
      return List.copyOf(result);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the algorithm expiry dates of the policy", e);
    }
  }

  private static Document parse() throws Exception {
    try (InputStream in = ValidationPolicyLoader.class.getResourceAsStream(DEFAULT_POLICY)) {
      if (in == null) {
        throw new IllegalStateException("DSS default policy " + DEFAULT_POLICY + " not found");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
