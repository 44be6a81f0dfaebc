package org.ipflow.platform.security;

import org.ipflow.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The 401 and 403 answers as problem+json, and the token-to-roles conversion, for both chains. */
final class ProblemHandlers {

  private ProblemHandlers() {}

  static AuthenticationEntryPoint unauthorized(ProblemResponses problems, String detail) {
    return (request, response, e) ->
        problems.write(
            response,
            HttpStatus.UNAUTHORIZED,
            "unauthorized",
            "Authentication required",
            detail,
            "Bearer");
  }

  static AccessDeniedHandler forbidden(ProblemResponses problems) {
    return (request, response, e) ->
        problems.write(
            response,
            HttpStatus.FORBIDDEN,
            "forbidden",
            "Forbidden",
            "Your role does not allow this request.",
            null);
  }

  /** Realm roles of the access token become authorities; the principal is its subject. */
  static JwtAuthenticationConverter roles() {
    JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
    roles.setJwtGrantedAuthoritiesConverter(new KeycloakClaims());
    roles.setPrincipalClaimName("sub");
    return roles;
  }
}
