package org.ipflow.platform.engine;

import org.ipflow.platform.office.IntakeFirst;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The engine's job threads wait for the intake before each batch of jobs (ADR 15): the threads the
 * Operaton starter creates for its job executor get a task decorator that calls {@link
 * IntakeFirst#awaitTurn()} first. The jobs of a batch are locked for the executor meanwhile (for
 * minutes), far longer than the intake lets them wait.
 */
@Configuration(proxyBeanMethods = false)
class JobsAfterIntake {

  /** The name under which the Operaton starter registers its job executor's threads. */
  static final String ENGINE_JOB_THREADS = "operatonTaskExecutor";

  @Bean
  static BeanPostProcessor engineJobsWaitForTheIntake(ObjectProvider<IntakeFirst> intake) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (ENGINE_JOB_THREADS.equals(name)) {
          if (!(bean instanceof ThreadPoolTaskExecutor threads)) {
            throw new IllegalStateException(
                ENGINE_JOB_THREADS + " is no ThreadPoolTaskExecutor: " + bean.getClass());
          }
          threads.setTaskDecorator(
              jobs ->
                  () -> {
                    intake.getObject().awaitTurn();
                    jobs.run();
                  });
        }
        return bean;
      }
    };
  }
}
