package org.ipflow.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ipflow.platform.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/** The API accepts Keycloak access tokens of its realm and audience; everything else is closed. */
@Configuration
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, RequestAudit audit)
      throws Exception {
    JwtAuthenticationConverter roles = ProblemHandlers.roles();
    AuthenticationEntryPoint unauthorized =
        ProblemHandlers.unauthorized(
            problems, "A valid bearer access token of the IPFlow realm is required.");
    AccessDeniedHandler forbidden = ProblemHandlers.forbidden(problems);
    http.securityMatcher(
            "/api/**",
            "/actuator/**",
            "/error",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**")
        .csrf(csrf -> csrf.disable()) // bearer tokens only: no ambient credentials to forge
        .addFilterAfter(audit.requestFilter(), SecurityContextHolderFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                    .permitAll()
                    // The OpenAPI document and its browsable UI are public.
                    .requestMatchers(
                        HttpMethod.GET,
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    // The public register: published filings, for anyone.
                    .requestMatchers(HttpMethod.GET, "/api/v1/register", "/api/v1/register/**")
                    .permitAll()
                    // Payment providers' callbacks: their signature vouches for them.
                    .requestMatchers(HttpMethod.POST, "/api/v1/payments/*/callback")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/v1/filings")
                    .hasAnyRole(Roles.APPLICANT, Roles.AGENT)
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/filings/*/response",
                        "/api/v1/filings/*/payments",
                        "/api/v1/filings/*/observations",
                        "/api/v1/filings/*/decisions/*/contest")
                    .hasAnyRole(Roles.APPLICANT, Roles.AGENT)
                    // Anyone with an account may oppose a published mark; the service checks the
                    // rest.
                    .requestMatchers(HttpMethod.POST, "/api/v1/filings/*/oppositions")
                    .authenticated()
                    .requestMatchers("/api/v1/oppositions/**")
                    .authenticated()
                    // Anyone with an account may have a document's signatures validated: third
                    // parties check what the office issued. Not anonymous: validation costs CPU.
                    .requestMatchers(HttpMethod.POST, "/api/v1/signature-validations")
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/api/v1/filings/**")
                    .hasAnyRole(
                        Roles.APPLICANT,
                        Roles.AGENT,
                        Roles.EXAMINER,
                        Roles.SENIOR_EXAMINER,
                        Roles.ADMIN)
                    .requestMatchers("/api/v1/audit", "/api/v1/audit/**", "/api/v1/parties/**")
                    .hasRole(Roles.ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/decisions/*/replay")
                    .hasAnyRole(Roles.EXAMINER, Roles.SENIOR_EXAMINER, Roles.ADMIN)
                    .requestMatchers("/api/v1/tasks/**", "/api/v1/tasks", "/api/v1/decisions/**")
                    .hasAnyRole(Roles.EXAMINER, Roles.SENIOR_EXAMINER)
                    .anyRequest()
                    .denyAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
    return http.build();
  }

  /**
   * No observations of the security filters: nothing reads them (the actuator exposes health only;
   * requests are still observed as a whole), and wrapping every filter of every request in its own
   * observation was a twentieth of a filing request's CPU.
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * Validates signature (keys from the realm's JWKS), expiry, the exact issuer and the audience,
   * and remembers the tokens it accepted for a short while ({@link VerifiedTokens}). Waits at start
   * until Keycloak answers, so a slow Keycloak delays the platform instead of breaking it.
   */
  @Bean
  JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
    awaitKeycloak(keycloak);
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(keycloak.backChannel() + "/protocol/openid-connect/certs")
            .build();
    OAuth2TokenValidator<Jwt> audience =
        jwt -> {
          List<String> audiences = jwt.getAudience();
          return audiences != null && audiences.contains(keycloak.audience())
              ? OAuth2TokenValidatorResult.success()
              : OAuth2TokenValidatorResult.failure(
                  new OAuth2Error(
                      "invalid_token", "the token is not meant for " + keycloak.audience(), null));
        };
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(keycloak.issuer()), audience));
    return new VerifiedTokens(decoder, Clock.systemUTC());
  }

  private static void awaitKeycloak(KeycloakProperties keycloak) {
    if (keycloak.url() == null || keycloak.url().isBlank()) {
      throw new IllegalStateException("ipflow.keycloak.url (IPFLOW_KEYCLOAK_URL) is not set");
    }
    URI discovery = URI.create(keycloak.backChannel() + "/.well-known/openid-configuration");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(keycloak.startupTimeout());
    boolean logged = false;
    while (true) {
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          if (logged) {
            log.info("Keycloak answers at {}", keycloak.backChannel());
          }
          return;
        }
      } catch (IOException notYet) {
        // not up yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Keycloak did not answer at "
                + discovery
                + " within "
                + keycloak.startupTimeout().toSeconds()
                + " s (IPFLOW_KEYCLOAK_STARTUP_TIMEOUT)");
      }
      if (!logged) {
        log.info(
            "Waiting for Keycloak at {} (up to {} s)...",
            keycloak.backChannel(),
            keycloak.startupTimeout().toSeconds());
        logged = true;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
    }
  }
}
