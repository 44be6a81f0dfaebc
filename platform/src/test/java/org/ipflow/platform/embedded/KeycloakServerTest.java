package org.ipflow.platform.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KeycloakServerTest {

  @Test
  void refusesOnePortForBothHttpAndManagement() {
    assertThatThrownBy(
            () ->
                new KeycloakServer(
                    Path.of("keycloak"), Path.of("data"), 28099, 28099, "admin", "dev-only"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must differ")
        .hasMessageContaining("28099");
  }
}
