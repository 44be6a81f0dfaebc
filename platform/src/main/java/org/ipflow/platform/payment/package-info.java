/**
 * Payments through a payment provider: the platform asks a provider to collect a fee ({@link
 * org.ipflow.platform.payment.Payments#start}), the payer's browser goes to the provider's checkout
 * and back, and the provider confirms with a signed callback that is verified, accepted once and
 * handed to the module that owns what was paid for ({@link
 * org.ipflow.platform.payment.PaymentRecorder}). A simulated provider, served by the platform
 * itself, is the default.
 */
package org.ipflow.platform.payment;
