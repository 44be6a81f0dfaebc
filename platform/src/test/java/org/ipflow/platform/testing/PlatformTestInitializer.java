package org.ipflow.platform.testing;

import java.util.HashMap;
import java.util.Map;
import org.ipflow.platform.testing.coverage.BpmnCoveragePlugin;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Gives each new application context its own database cloned from the migrated template, and its
 * engine the BPMN coverage recorder.
 */
public class PlatformTestInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final String AUTOMATED_ACCEPTANCE = "ipflow.examination.automated-acceptance";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestStack stack = TestStack.get();
    Map<String, Object> properties = new HashMap<>(stack.platformProperties(stack.newDatabase()));
    // Marks go to an examiner in tests unless a test class sets the office setting itself.
    PropertySource<?> inlined =
        context.getEnvironment().getPropertySources().get("Inlined Test Properties");
    if (inlined == null || inlined.getProperty(AUTOMATED_ACCEPTANCE) == null) {
      properties.put(AUTOMATED_ACCEPTANCE, "false");
    }
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("ipflow-test", properties));
    // The engine records what it executes, for the BPMN coverage check (BpmnCoverageIT).
    context.getBeanFactory().registerSingleton("bpmnCoveragePlugin", new BpmnCoveragePlugin());
  }
}
