package org.ipflow.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the access tokens its verifier accepted, for {@link #REMEMBERED_FOR} at most and never
 * past their expiry. A client sends the same token with every request for the token's lifetime;
 * verifying it each time (parsing it, building the realm's public key, checking the RSA signature
 * and the claims) was a sixth of a filing request's CPU. Only a token identical to one verified
 * before is taken from memory; a token the verifier refuses is never remembered. A realm key
 * withdrawn at Keycloak stops being trusted here at most {@link #REMEMBERED_FOR} later.
 */
final class VerifiedTokens implements JwtDecoder {

  static final Duration REMEMBERED_FOR = Duration.ofSeconds(60);
  static final int MAX_REMEMBERED = 4096;

  private record Verified(Jwt jwt, Instant until) {}

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedTokens(JwtDecoder verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) {
    Instant now = clock.instant();
    Verified known = verified.get(token);
    if (known != null && now.isBefore(known.until())) {
      return known.jwt();
    }
    Jwt jwt = verifier.decode(token);
    Instant until = now.plus(REMEMBERED_FOR);
    if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
      until = jwt.getExpiresAt();
    }
    if (now.isBefore(until)) {
      if (verified.size() >= MAX_REMEMBERED) {
        verified.values().removeIf(v -> !now.isBefore(v.until()));
        if (verified.size() >= MAX_REMEMBERED) {
          verified.clear();
        }
      }
      verified.put(token, new Verified(jwt, until));
    }
    return jwt;
  }

  int remembered() {
    return verified.size();
  }
}
