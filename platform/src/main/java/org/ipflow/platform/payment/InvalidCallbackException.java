package org.ipflow.platform.payment;

import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A callback that is not the provider's: bad or missing signature, malformed or stale payload. */
public class InvalidCallbackException extends ApiProblem {

  public InvalidCallbackException(String detail) {
    super(HttpStatus.BAD_REQUEST, "invalid-payment-callback", "Invalid payment callback", detail);
  }
}
