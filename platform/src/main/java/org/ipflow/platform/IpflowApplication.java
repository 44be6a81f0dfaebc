package org.ipflow.platform;

import java.util.Map;
import org.ipflow.platform.embedded.EmbeddedStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The IPFlow platform. Started without {@code IPFLOW_DB_URL} / {@code IPFLOW_KEYCLOAK_URL} it first
 * brings up its embedded PostgreSQL and Keycloak; on Ctrl-C it closes the application, then stops
 * them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IpflowApplication {

  private static final Logger log = LoggerFactory.getLogger(IpflowApplication.class);

  public static void main(String[] args) {
    EmbeddedStack stack = EmbeddedStack.start(System::getenv);
    SpringApplication application = new SpringApplication(IpflowApplication.class);
    // One hook closes everything in order: the application first, then what it runs on.
    application.setRegisterShutdownHook(false);
    Map<String, Object> embedded = stack.properties();
    application.addInitializers(
        context ->
            context
                .getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("ipflow-embedded", embedded)));
    ConfigurableApplicationContext context;
    try {
      context = application.run(args);
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
    log.info(StartupBanner.text(context.getEnvironment(), stack));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Shutting down IPFlow");
                  context.close();
                  stack.close();
                },
                "ipflow-shutdown"));
  }
}
