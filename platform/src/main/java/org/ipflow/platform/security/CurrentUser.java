package org.ipflow.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller, from a validated access token.
 *
 * @param subject the token's stable subject id
 * @param userName the user's login name, as shown in timelines and the ledger
 * @param roles the realm roles
 * @param groups the Keycloak groups: the queues the user works
 */
public record CurrentUser(String subject, String userName, Set<String> roles, Set<String> groups) {

  public static CurrentUser of(Jwt jwt) {
    String userName = jwt.getClaimAsString("preferred_username");
    return new CurrentUser(
        jwt.getSubject(),
        userName == null ? jwt.getSubject() : userName,
        Set.copyOf(KeycloakClaims.realmRoles(jwt)),
        Set.copyOf(groups(jwt)));
  }

  /**
   * The caller of a page: a browser session (its OIDC user carries the access token's roles) or a
   * bearer token.
   */
  public static CurrentUser of(Authentication authentication) {
    if (authentication.getPrincipal() instanceof Jwt jwt) {
      return of(jwt);
    }
    if (authentication.getPrincipal() instanceof OidcUser user) {
      Set<String> roles =
          authentication.getAuthorities().stream()
              .map(GrantedAuthority::getAuthority)
              .filter(a -> a.startsWith("ROLE_"))
              .map(a -> a.substring("ROLE_".length()))
              .collect(Collectors.toUnmodifiableSet());
      List<String> groups = user.getClaimAsStringList("groups");
      return new CurrentUser(
          user.getSubject(),
          user.getPreferredUsername() == null ? user.getSubject() : user.getPreferredUsername(),
          roles,
          groups == null ? Set.of() : Set.copyOf(groups));
    }
    throw new IllegalStateException("no user in " + authentication.getClass().getName());
  }

  /**
   * The login name of whoever made the request, with a browser session or a bearer token; {@code
   * null} when nobody is logged in.
   */
  public static String userNameOf(Authentication caller) {
    if (caller == null
        || caller instanceof AnonymousAuthenticationToken
        || !caller.isAuthenticated()) {
      return null;
    }
    if (caller.getPrincipal() instanceof Jwt || caller.getPrincipal() instanceof OidcUser) {
      return of(caller).userName();
    }
    return caller.getName();
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isOfficeStaff() {
    return hasRole(Roles.EXAMINER) || hasRole(Roles.SENIOR_EXAMINER) || hasRole(Roles.ADMIN);
  }

  private static List<String> groups(Jwt jwt) {
    List<String> groups = jwt.getClaimAsStringList("groups");
    if (groups == null) {
      return List.of();
    }
    // Tolerate full group paths ("/tm-examiners") as well as plain names.
    return groups.stream()
        .map(g -> g.startsWith("/") ? g.substring(g.lastIndexOf('/') + 1) : g)
        .toList();
  }
}
