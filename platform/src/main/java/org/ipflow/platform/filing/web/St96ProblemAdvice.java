package org.ipflow.platform.filing.web;

import org.ipflow.platform.web.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Problems of ST.96 submissions, as RFC 9457 {@code application/problem+json}: invalid documents
 * ({@code invalid-st96}, with line and column per problem), and multipart bodies that cannot be
 * parsed ({@code malformed-request}) or are too large ({@code payload-too-large}). A multipart body
 * is parsed before any controller runs, so this advice is consulted before the general one, which
 * would take a malformed multipart body for an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class St96ProblemAdvice {

  static final String INVALID_ST96 = "invalid-st96";

  @ExceptionHandler(InvalidSt96Exception.class)
  ResponseEntity<ProblemDetail> invalid(InvalidSt96Exception e) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    body.setType(ApiProblem.type(INVALID_ST96));
    body.setTitle("Invalid ST.96 document");
    body.setProperty("errors", e.errors());
    return problem(body);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException || tooLarge(e)) {
      ProblemDetail body =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONTENT_TOO_LARGE,
              "The request body, or one of its parts, is larger than the limit of the API.");
      body.setType(ApiProblem.type("payload-too-large"));
      body.setTitle("Request too large");
      return problem(body);
    }
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The multipart/form-data body cannot be read: it is malformed or has too many parts.");
    body.setType(ApiProblem.type("malformed-request"));
    body.setTitle("Malformed request");
    return problem(body);
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (name.equals("PayloadTooLargeException")
          || name.equals("SizeLimitExceededException")
          || name.equals("FileSizeLimitExceededException")) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}
