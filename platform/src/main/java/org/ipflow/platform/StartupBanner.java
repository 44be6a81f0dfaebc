package org.ipflow.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ipflow.platform.embedded.EmbeddedStack;
import org.ipflow.platform.embedded.KeycloakRealmImport;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a developer needs once the platform is up: where things are, and who to log in as. */
final class StartupBanner {

  private StartupBanner() {}

  static String text(Environment env, EmbeddedStack stack) {
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    String keycloak = env.getProperty("ipflow.keycloak.url");
    StringBuilder text = new StringBuilder("\n\n  IPFlow is up.\n");
    text.append("  API:        http://localhost:").append(port).append("/api/v1\n");
    text.append("  Health:     http://localhost:").append(port).append("/actuator/health\n");
    text.append("  Keycloak:   ")
        .append(keycloak)
        .append("  (realm ")
        .append(env.getProperty("ipflow.keycloak.realm"))
        .append(")\n");
    text.append("  Database:   ").append(env.getProperty("spring.datasource.url")).append('\n');
    if (stack.startedAnything()) {
      text.append("  Data:       kept under ")
          .append(env.getProperty("IPFLOW_RUN_DIR", ".run"))
          .append("/ (PostgreSQL, Keycloak, development PKI, generated dev-only secrets)\n");
      text.append("\n  Demo users (development only; password dev-only-<user>):\n");
      for (JsonNode user : realm().path("users")) {
        text.append(String.format("    %-8s", user.path("username").asString()));
        StringBuilder roles = new StringBuilder();
        for (JsonNode role : user.path("realmRoles")) {
          if (!role.asString().startsWith("default-roles")) {
            roles.append(roles.isEmpty() ? "" : ", ").append(role.asString());
          }
        }
        text.append(roles);
        if (!user.path("groups").isEmpty()) {
          text.append("  groups: ").append(user.path("groups").toString());
        }
        text.append('\n');
      }
    }
    text.append("\n  Ctrl-C stops the platform")
        .append(stack.startedAnything() ? ", Keycloak and PostgreSQL" : "")
        .append(".\n");
    return text.toString();
  }

  private static JsonNode realm() {
    try (InputStream in =
        StartupBanner.class
            .getClassLoader()
            .getResourceAsStream(KeycloakRealmImport.REALM_RESOURCE)) {
      return JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
