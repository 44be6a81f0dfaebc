package org.ipflow.platform.payment;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts checkouts with the configured payment provider and accepts the provider's signed
 * callbacks: a callback is verified by its provider, matched to its open checkout (amount and
 * currency included) and completes it once, recording the payment in the same transaction. A
 * forged, altered, stale or replayed callback is refused and records nothing.
 */
@Service
public class Payments {

  private static final Logger log = LoggerFactory.getLogger(Payments.class);

  private final Map<String, PaymentProvider> providers;
  private final PaymentProvider provider;
  private final PaymentCheckouts checkouts;
  private final PaymentRecorder recorder;
  private final OfficeClock clock;

  Payments(
      List<PaymentProvider> providers,
      PaymentProperties properties,
      PaymentCheckouts checkouts,
      PaymentRecorder recorder,
      OfficeClock clock) {
    this.providers =
        providers.stream().collect(Collectors.toMap(PaymentProvider::name, Function.identity()));
    this.provider = this.providers.get(properties.provider());
    if (this.provider == null) {
      throw new IllegalStateException(
          "ipflow.payments.provider '"
              + properties.provider()
              + "' is none of "
              + this.providers.keySet());
    }
    this.checkouts = checkouts;
    this.recorder = recorder;
    this.clock = clock;
  }

  /** Opens a checkout for {@code order}: where the payer's browser goes to pay. */
  @Transactional
  public URI start(PaymentOrder order) {
    if (order.amount() == null || order.amount().signum() <= 0) {
      throw new IllegalArgumentException("a checkout is for a positive amount");
    }
    String path = order.returnPath();
    if (path == null || !path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("the return path is a path of the platform: " + path);
    }
    Checkout checkout =
        new Checkout(
            UUID.randomUUID(),
            order.subject(),
            order.payer(),
            order.amount(),
            order.currency(),
            order.description(),
            provider.name(),
            path,
            clock.now(),
            null);
    checkouts.insert(checkout);
    return provider.checkoutPage(checkout);
  }

  /** A checkout of the payer's own; anyone else's does not exist (404). */
  public Checkout checkout(UUID id, String payer) {
    return checkouts
        .find(id)
        .filter(c -> c.payer().equals(payer))
        .orElseThrow(() -> ApiProblem.notFound("Checkout " + id));
  }

  /**
   * Accepts a callback of {@code providerName}: verified, matched to its open checkout, recorded
   * once.
   */
  @Transactional
  public Checkout confirm(String providerName, String payload, String signature) {
    PaymentProvider from = providers.get(providerName);
    if (from == null) {
      throw ApiProblem.notFound("Payment provider '" + providerName + "'");
    }
    Confirmation confirmation = from.verify(payload, signature);
    Checkout checkout =
        checkouts
            .lock(confirmation.checkoutId())
            .filter(c -> c.provider().equals(from.name()))
            .orElseThrow(
                () -> new InvalidCallbackException("No checkout of this provider has that id."));
    if (checkout.completedAt() != null) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "payment-already-confirmed",
          "Payment already confirmed",
          "Checkout " + checkout.id() + " was confirmed before; a callback counts once.");
    }
    if (confirmation.amount() == null
        || confirmation.amount().compareTo(checkout.amount()) != 0
        || !checkout.currency().equals(confirmation.currency())) {
      throw new InvalidCallbackException(
          "The amount confirmed is not the amount of checkout " + checkout.id() + ".");
    }
    checkouts.complete(checkout.id(), confirmation.reference(), clock.now());
    recorder.record(
        checkout.subject(),
        checkout.amount(),
        checkout.currency(),
        confirmation.reference(),
        from.name());
    log.info(
        "Payment {} {} confirmed by {} for {}",
        checkout.amount(),
        checkout.currency(),
        from.name(),
        checkout.subject());
    return checkout;
  }
}
