package org.ipflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.ipflow.platform.testing.Browser;
import org.ipflow.platform.testing.KeycloakAdmin;
import org.ipflow.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Passwordless login with a passkey (WIPO Rec. 1(e)iv, biometric identification): a user registers
 * a passkey on Keycloak's registration page and then logs in with it alone, through Chromium's
 * virtual authenticator (a platform authenticator that verifies its user, as a fingerprint reader
 * would), on the host name {@code localhost}.
 */
@PlatformTest
class PasskeyLoginIT {

  @LocalServerPort int port;

  @Test
  void registersAPasskeyAndThenLogsInWithItAloneWithoutAPassword() {
    String user = "passkey-" + UUID.randomUUID().toString().substring(0, 8);
    String userId =
        KeycloakAdmin.createUser(
            user, List.of("examiner"), List.of("webauthn-register-passwordless"));
    String base = "http://localhost:" + port;

    try (Browser browser = Browser.start()) {
      VirtualAuthenticator authenticator =
          browser
              .driver()
              .addVirtualAuthenticator(
                  new VirtualAuthenticatorOptions()
                      .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                      .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                      .setHasResidentKey(true)
                      .setHasUserVerification(true)
                      .setIsUserVerified(true)
                      .setIsUserConsenting(true));

      // First visit: password once, then Keycloak asks to register a passkey.
      browser.open(base + "/oauth2/authorization/keycloak");
      browser.logInAs(user);
      browser
          .waiting()
          .until(ExpectedConditions.elementToBeClickable(By.id("registerWebAuthn")))
          .click();
      browser.waiting().until(ExpectedConditions.alertIsPresent()).accept(); // the passkey's label
      browser.waiting().until(d -> d.getCurrentUrl().startsWith(base));
      assertThat(whoIsLoggedIn(browser)).isEqualTo(user);
      assertThat(authenticator.getCredentials()).hasSize(1);
      assertThat(authenticator.getCredentials().get(0).isResidentCredential())
          .as("a passkey is a discoverable credential")
          .isTrue();
      assertThat(KeycloakAdmin.credentialTypes(userId)).contains("webauthn-passwordless");

      // Log out (this ends the Keycloak session too)...
      browser.driver().findElement(By.cssSelector("header form button[type=submit]")).click();
      browser.waiting().until(d -> d.getCurrentUrl().equals(base + "/"));
      assertThat(browser.driver().findElements(By.cssSelector("header .who"))).isEmpty();

      // ...and in again with the passkey alone: no user name, no password typed. Keycloak's login
      // page offers the passkey both as a button and to the browser's autofill (conditional UI),
      // which the virtual authenticator may answer by itself.
      int signCount = authenticator.getCredentials().get(0).getSignCount();
      browser.open(base + "/oauth2/authorization/keycloak");
      browser
          .waiting()
          .until(
              d ->
                  d.getCurrentUrl().startsWith(base)
                      || !d.findElements(By.id("authenticateWebAuthnButton")).isEmpty());
      if (!browser.driver().getCurrentUrl().startsWith(base)) {
        browser.driver().findElement(By.id("authenticateWebAuthnButton")).click();
      }
      browser.waiting().until(d -> d.getCurrentUrl().startsWith(base));
      assertThat(whoIsLoggedIn(browser)).isEqualTo(user);
      assertThat(authenticator.getCredentials().get(0).getSignCount())
          .as("the passkey signed this login")
          .isGreaterThan(signCount);
    }
  }

  private static String whoIsLoggedIn(Browser browser) {
    return browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header .who")))
        .getText();
  }
}
