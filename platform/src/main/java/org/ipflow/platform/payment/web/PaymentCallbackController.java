package org.ipflow.platform.payment.web;

import org.ipflow.platform.payment.Payments;
import org.ipflow.platform.payment.simulated.SimulatedPaymentProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment providers' callbacks: no account calls them, their signature vouches for them. A
 * verified callback completes its checkout once (204); a forged, altered or stale one is a 400, a
 * replayed one a 409, and neither records anything.
 */
@RestController
class PaymentCallbackController {

  private final Payments payments;

  PaymentCallbackController(Payments payments) {
    this.payments = payments;
  }

  @PostMapping(
      path = "/api/v1/payments/{provider}/callback",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> callback(
      @PathVariable String provider,
      @RequestBody(required = false) String payload,
      @RequestHeader(name = SimulatedPaymentProvider.SIGNATURE_HEADER, required = false)
          String signature) {
    payments.confirm(provider, payload, signature);
    return ResponseEntity.noContent().build();
  }
}
