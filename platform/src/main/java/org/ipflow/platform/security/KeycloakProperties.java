package org.ipflow.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is.
 *
 * @param url Keycloak's public base URL, e.g. {@code http://localhost:8180} (a host name, not an
 *     IP): tokens carry it in their issuer
 * @param internalUrl where the platform itself reaches Keycloak (its keys), when that differs from
 *     the public URL, as inside a container network; empty means the public URL
 * @param realm the realm whose tokens the platform accepts
 * @param audience the audience a token must carry to be accepted by the API
 * @param startupTimeout how long the platform waits at start for Keycloak to answer
 * @param webClientId the client the browser pages log users in with (OIDC code flow with PKCE)
 * @param webClientSecret that client's secret when it is confidential; empty for a public client
 */
@ConfigurationProperties("ipflow.keycloak")
public record KeycloakProperties(
    String url,
    String internalUrl,
    String realm,
    String audience,
    Duration startupTimeout,
    String webClientId,
    String webClientSecret) {

  public String issuer() {
    return url + "/realms/" + realm;
  }

  /** The realm's base URL as the platform reaches it. */
  public String backChannel() {
    String base = internalUrl == null || internalUrl.isBlank() ? url : internalUrl;
    return base + "/realms/" + realm;
  }
}
