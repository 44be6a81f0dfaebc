package org.ipflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private final List<String> verifications = new ArrayList<>();
  private Instant now = NOW;
  private Instant expiry = NOW.plus(Duration.ofMinutes(5));

  /** Accepts every token but "forged", expiring at {@link #expiry}; counts what it verifies. */
  private final JwtDecoder verifier =
      token -> {
        verifications.add(token);
        if (token.equals("forged")) {
          throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("alice")
            .issuedAt(NOW)
            .expiresAt(expiry)
            .build();
      };

  private final VerifiedTokens tokens =
      new VerifiedTokens(
          verifier,
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void aTokenSentAgainIsNotVerifiedAgainWithinAMinute() {
    Jwt first = tokens.decode("token-a");
    now = now.plusSeconds(59);

    assertThat(tokens.decode("token-a")).isSameAs(first);
    assertThat(tokens.decode("token-b").getSubject()).isEqualTo("alice");
    assertThat(verifications).containsExactly("token-a", "token-b");
  }

  @Test
  void aTokenIsVerifiedAgainAfterAMinute() {
    tokens.decode("token-a");
    now = now.plus(VerifiedTokens.REMEMBERED_FOR);

    tokens.decode("token-a");

    assertThat(verifications).containsExactly("token-a", "token-a");
  }

  @Test
  void aTokenIsNeverTakenFromMemoryPastItsExpiry() {
    expiry = NOW.plusSeconds(10);
    tokens.decode("token-a");
    now = expiry;

    tokens.decode("token-a");

    assertThat(verifications).containsExactly("token-a", "token-a");
  }

  @Test
  void aRefusedTokenIsRefusedEveryTime() {
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

    assertThat(verifications).containsExactly("forged", "forged");
    assertThat(tokens.remembered()).isZero();
  }

  @Test
  void remembersABoundedNumberOfTokens() {
    for (int i = 0; i <= VerifiedTokens.MAX_REMEMBERED; i++) {
      tokens.decode("token-" + i);
    }

    assertThat(tokens.remembered()).isLessThanOrEqualTo(VerifiedTokens.MAX_REMEMBERED);
  }
}
