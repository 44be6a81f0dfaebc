package org.ipflow.platform.document;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param signaturesRequiredFor the IP rights (TRADEMARK, DESIGN, PATENT, UTILITY_MODEL) whose
 *     filings must have their uploaded PDF and XML documents signed; for the others an unsigned
 *     upload is recorded as unsigned and accepted
 */
@ConfigurationProperties("ipflow.documents")
public record DocumentProperties(Set<String> signaturesRequiredFor) {

  public DocumentProperties {
    signaturesRequiredFor =
        signaturesRequiredFor == null ? Set.of() : Set.copyOf(signaturesRequiredFor);
  }
}
