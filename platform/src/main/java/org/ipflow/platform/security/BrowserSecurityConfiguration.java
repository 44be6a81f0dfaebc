package org.ipflow.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ipflow.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The browser pages: a session from Keycloak's OIDC code flow with PKCE, roles taken from the
 * access token (Keycloak does not put realm roles into the ID token), CSRF tokens on every form,
 * and a logout that ends the Keycloak session too. Everything not served by the API chain lands
 * here, and a path that is not listed is denied.
 */
@Configuration
class BrowserSecurityConfiguration {

  static final String REGISTRATION = "keycloak";

  @Bean
  @Order(2)
  SecurityFilterChain browser(
      HttpSecurity http,
      ClientRegistrationRepository clients,
      JwtDecoder accessTokens,
      RequestAudit audit,
      ProblemResponses problems)
      throws Exception {
    DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
        new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    // PKCE also when the office configures a confidential client.
    authorizationRequests.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce());
    OidcClientInitiatedLogoutSuccessHandler endKeycloakSession =
        new OidcClientInitiatedLogoutSuccessHandler(clients);
    endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
    JwtAuthenticationConverter roles = ProblemHandlers.roles();
    // Browsers (they ask for HTML) are sent to Keycloak's login; any other client gets a 401
    // problem, as from the API, and may use a bearer token (an admin's script exporting the audit).
    MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    AuthenticationEntryPoint unauthorized =
        ProblemHandlers.unauthorized(
            problems, "Log in, or send a valid bearer access token of the IPFlow realm.");
    http.addFilterAfter(audit.requestFilter(), SecurityContextHolderFilter.class)
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(BrowserSecurityConfiguration::ambient))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(
                            "/oauth2/authorization/" + REGISTRATION),
                        browsers)
                    .defaultAuthenticationEntryPointFor(unauthorized, AnyRequestMatcher.INSTANCE)
                    .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), browsers)
                    .defaultAccessDeniedHandlerFor(
                        ProblemHandlers.forbidden(problems), AnyRequestMatcher.INSTANCE))
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                    .authenticationEntryPoint(unauthorized))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers("/", "/assets/**", "/favicon.ico")
                    .permitAll()
                    // The OpenAPI document in YAML and the API's browsable UI are public.
                    .requestMatchers(HttpMethod.GET, "/v3/api-docs.yaml", "/webjars/**")
                    .permitAll()
                    // The public register's pages need no account.
                    .requestMatchers(HttpMethod.GET, "/register", "/register/**")
                    .permitAll()
                    // The applicant's portal: applicants and agents, each sees their own filings.
                    .requestMatchers("/portal", "/portal/**")
                    .hasAnyRole(Roles.APPLICANT, Roles.AGENT)
                    // The simulated payment provider's checkout: the payer's own checkouts.
                    .requestMatchers("/payments/simulated/**")
                    .hasAnyRole(Roles.APPLICANT, Roles.AGENT)
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole(Roles.ADMIN)
                    .anyRequest()
                    .denyAll())
        .oauth2Login(
            login ->
                login
                    .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                    .userInfoEndpoint(
                        userInfo -> userInfo.oidcUserService(rolesFrom(accessTokens))))
        .logout(logout -> logout.logoutSuccessHandler(endKeycloakSession));
    return http.build();
  }

  /**
   * Whether a request could carry credentials a browser sends by itself, the session cookie, so
   * that another site could forge it: an unsafe method of a request with a session and no bearer
   * token. A request without a session is anonymous unless it carries a bearer token, and a bearer
   * token is never sent by a browser on its own; the pages' forms carry the CSRF token.
   */
  static boolean ambient(jakarta.servlet.http.HttpServletRequest request) {
    String method = request.getMethod();
    boolean safe =
        method.equals("GET")
            || method.equals("HEAD")
            || method.equals("TRACE")
            || method.equals("OPTIONS");
    String authorization = request.getHeader(org.springframework.http.HttpHeaders.AUTHORIZATION);
    boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    return !safe && !bearer && request.getRequestedSessionId() != null;
  }

  /** The OIDC user with the realm roles and groups of the (validated) access token. */
  static OAuth2UserService<OidcUserRequest, OidcUser> rolesFrom(JwtDecoder accessTokens) {
    OidcUserService users = new OidcUserService();
    KeycloakClaims claims = new KeycloakClaims();
    return request -> {
      OidcUser user = users.loadUser(request);
      Jwt accessToken = accessTokens.decode(request.getAccessToken().getTokenValue());
      Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
      Collection<GrantedAuthority> roles = claims.convert(accessToken);
      authorities.addAll(roles);
      return new DefaultOidcUser(
          authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
    };
  }

  /**
   * The browser client, from the same Keycloak settings as the API: the browser is sent to the
   * public URL, the platform itself talks to Keycloak on its back channel.
   */
  @Bean
  ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
    boolean confidential =
        keycloak.webClientSecret() != null && !keycloak.webClientSecret().isBlank();
    String front = keycloak.issuer() + "/protocol/openid-connect";
    String back = keycloak.backChannel() + "/protocol/openid-connect";
    ClientRegistration.Builder registration =
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientId(keycloak.webClientId())
            .clientAuthenticationMethod(
                confidential
                    ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                    : ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile", "email")
            .authorizationUri(front + "/auth")
            .tokenUri(back + "/token")
            .jwkSetUri(back + "/certs")
            .userInfoUri(back + "/userinfo")
            .userNameAttributeName(IdTokenClaimNames.SUB)
            .issuerUri(keycloak.issuer())
            .providerConfigurationMetadata(Map.of("end_session_endpoint", front + "/logout"))
            .clientName("IPFlow");
    if (confidential) {
      registration.clientSecret(keycloak.webClientSecret());
    }
    return new InMemoryClientRegistrationRepository(registration.build());
  }
}
