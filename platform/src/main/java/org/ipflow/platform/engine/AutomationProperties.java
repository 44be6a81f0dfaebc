package org.ipflow.platform.engine;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The legal basis on which the office lets a machine take each type of decision (for natural
 * persons GDPR Art. 22(2)(b): authorised by the law the office applies). A decision type without
 * one still decides, but its decision takes effect only once an officer confirms it.
 *
 * @param legalBasis by decision type, e.g. {@code formalities}
 */
@ConfigurationProperties("ipflow.decisions")
public record AutomationProperties(Map<String, String> legalBasis) {

  public AutomationProperties {
    legalBasis = legalBasis == null ? Map.of() : Map.copyOf(legalBasis);
  }

  /** The configured basis for automating decisions of {@code type}; blank counts as none. */
  public Optional<String> legalBasisOf(String type) {
    return Optional.ofNullable(legalBasis.get(type)).filter(basis -> !basis.isBlank());
  }
}
