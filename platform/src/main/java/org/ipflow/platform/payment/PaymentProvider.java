package org.ipflow.platform.payment;

import java.net.URI;

/**
 * A payment provider, as the platform uses one: where to send the payer to pay a checkout, and what
 * a callback of the provider confirms once its signature is verified.
 */
public interface PaymentProvider {

  /** The provider's name, as payments record it (at most 40 characters). */
  String name();

  /** The page of the provider where the payer pays {@code checkout}. */
  URI checkoutPage(Checkout checkout);

  /**
   * The payment a callback confirms.
   *
   * @param payload the callback's body, exactly as received
   * @param signature the signature the provider sent with it
   * @throws InvalidCallbackException if the signature does not verify or the payload is malformed
   *     or stale
   */
  Confirmation verify(String payload, String signature);
}
