package org.ipflow.platform.party;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param acceptedSchemes the global-identifier schemes filers may give ({@code LEI}, {@code
 *     OFFICE}); an identifier of another scheme is refused
 * @param duplicateThreshold how alike two parties of one country must be (0..1, name weighing 0.7
 *     and address 0.3) to be proposed as duplicates
 */
@ConfigurationProperties("ipflow.parties")
public record PartyProperties(Set<String> acceptedSchemes, double duplicateThreshold) {

  public PartyProperties {
    acceptedSchemes = acceptedSchemes == null ? Set.of() : Set.copyOf(acceptedSchemes);
  }
}
