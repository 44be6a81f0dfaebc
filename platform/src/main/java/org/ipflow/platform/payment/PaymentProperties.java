package org.ipflow.platform.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param provider the provider fees are paid through ({@code simulated}, the default)
 * @param simulatedSecret the key the simulated provider signs its callbacks with; when empty (the
 *     default) a random one is generated at start and never leaves memory. Several platform nodes
 *     share one from the environment.
 */
@ConfigurationProperties("ipflow.payments")
public record PaymentProperties(String provider, String simulatedSecret) {

  public PaymentProperties {
    provider = provider == null || provider.isBlank() ? "simulated" : provider;
  }
}
