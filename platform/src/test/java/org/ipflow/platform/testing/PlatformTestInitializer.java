package org.ipflow.platform.testing;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each new application context its own database cloned from the migrated template. */
public class PlatformTestInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestStack stack = TestStack.get();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource("ipflow-test", stack.platformProperties(stack.newDatabase())));
  }
}
