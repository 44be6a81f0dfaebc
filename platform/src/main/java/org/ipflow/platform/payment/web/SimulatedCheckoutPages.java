package org.ipflow.platform.payment.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import org.ipflow.platform.payment.Checkout;
import org.ipflow.platform.payment.Payments;
import org.ipflow.platform.payment.simulated.SimulatedPaymentProvider;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemsAsPages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The simulated provider's checkout page: what a real provider shows on its own site. Paying there
 * makes the provider call the platform back (a signed callback, over HTTP, as a real provider's
 * server would) and sends the payer back to the page the platform named.
 */
@Controller
@ProblemsAsPages
class SimulatedCheckoutPages {

  private final Payments payments;
  private final SimulatedPaymentProvider provider;

  SimulatedCheckoutPages(Payments payments, SimulatedPaymentProvider provider) {
    this.payments = payments;
    this.provider = provider;
  }

  @GetMapping("/payments/simulated/{checkoutId}")
  String checkout(@PathVariable UUID checkoutId, Authentication caller, Model model) {
    Checkout checkout = payments.checkout(checkoutId, CurrentUser.of(caller).subject());
    model.addAttribute("user", CurrentUser.userNameOf(caller));
    model.addAttribute("checkout", checkout);
    return "payments/simulated-checkout";
  }

  @PostMapping("/payments/simulated/{checkoutId}")
  String pay(@PathVariable UUID checkoutId, Authentication caller, HttpServletRequest request) {
    Checkout checkout = payments.checkout(checkoutId, CurrentUser.of(caller).subject());
    if (checkout.completedAt() == null) {
      // The provider's server calls the platform's own address, whatever name the browser used.
      URI callback =
          URI.create(
              "http://127.0.0.1:"
                  + request.getLocalPort()
                  + request.getContextPath()
                  + "/api/v1/payments/"
                  + provider.name()
                  + "/callback");
      int status = provider.pay(checkout, callback);
      if (status / 100 != 2) {
        throw new ApiProblem(
            HttpStatus.BAD_GATEWAY,
            "payment-not-confirmed",
            "Payment not confirmed",
            "The platform refused the provider's confirmation (HTTP " + status + ").");
      }
    }
    String back = checkout.returnPath();
    return "redirect:" + back + (back.contains("?") ? "&" : "?") + "paid";
  }
}
