package org.ipflow.platform.web;

import java.io.IOException;
import org.springframework.http.HttpStatus;

/** The request body passed the configured limit while it was being read. */
final class PayloadTooLargeException extends IOException {

  private final long limit;

  PayloadTooLargeException(long limit) {
    super("request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  ApiProblem problem() {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "Request too large",
        "The request body is larger than the limit of " + limit + " bytes.");
  }
}
