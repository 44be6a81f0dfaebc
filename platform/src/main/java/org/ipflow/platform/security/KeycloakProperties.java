package org.ipflow.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is.
 *
 * @param url Keycloak's base URL, e.g. {@code http://localhost:8180} (use the host name, not an IP)
 * @param realm the realm whose tokens the platform accepts
 * @param audience the audience a token must carry to be accepted by the API
 * @param startupTimeout how long the platform waits at start for Keycloak to answer
 */
@ConfigurationProperties("ipflow.keycloak")
public record KeycloakProperties(
    String url, String realm, String audience, Duration startupTimeout) {

  public String issuer() {
    return url + "/realms/" + realm;
  }
}
