package org.ipflow.platform.web;

import java.net.URI;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Every error leaves as {@code application/problem+json} with a stable {@code type}. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
  private static final Map<Integer, String> SLUGS =
      Map.of(
          400, "bad-request",
          401, "unauthorized",
          403, "forbidden",
          404, "not-found",
          405, "method-not-allowed",
          406, "not-acceptable",
          409, "conflict",
          413, "payload-too-large",
          415, "unsupported-media-type",
          500, "internal-error");

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<Object> apiProblem(ApiProblem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    body.setType(ApiProblem.type(problem.slug()));
    body.setTitle(problem.title());
    if (!problem.errors().isEmpty()) {
      body.setProperty("errors", problem.errors());
    }
    return problem(body);
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<Object> tooLarge(PayloadTooLargeException e) {
    return apiProblem(e.problem());
  }

  /**
   * A path variable of the wrong form (say, not a UUID) names nothing that exists; any other value
   * of the wrong form (a page number beyond any integer) is a bad request.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    return apiProblem(wrongType(e));
  }

  /** A query or form parameter whose bytes are not UTF-8: Tomcat cannot read it. */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> undecodable(InvalidParameterException e) {
    return apiProblem(undecodableParameter());
  }

  static ApiProblem wrongType(MethodArgumentTypeMismatchException e) {
    return e.getParameter().hasParameterAnnotation(PathVariable.class)
        ? ApiProblem.notFound("'" + e.getValue() + "'")
        : new ApiProblem(
            HttpStatus.BAD_REQUEST,
            "invalid-parameter",
            "Invalid parameter",
            "'" + e.getValue() + "' is no valid " + e.getName() + ".");
  }

  static ApiProblem undecodableParameter() {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        "Invalid parameter",
        "A parameter of the request is not valid UTF-8 (percent-encode its UTF-8 bytes).");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    var unstorable = StorableText.refusedByTheDatabase(e);
    if (unstorable.isPresent()) {
      log.warn("A request carried text the database refused: {}", e.getMessage());
      return apiProblem(unstorable.get());
    }
    log.error("Unexpected error", e);
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "The office could not process the request; nothing was stored. Please try again.");
    body.setType(ApiProblem.type("internal-error"));
    body.setTitle("Internal error");
    return problem(body);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    PayloadTooLargeException tooLarge = find(e, PayloadTooLargeException.class);
    if (tooLarge != null) {
      return tooLarge(tooLarge);
    }
    JacksonException jackson = find(e, JacksonException.class);
    String detail =
        jackson == null
            ? "The request body is missing or is not JSON."
            : "The request body is not valid: " + jackson.getOriginalMessage();
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    body.setType(ApiProblem.type("malformed-request"));
    body.setTitle("Malformed request");
    if (jackson != null && jackson.getPath() != null && !jackson.getPath().isEmpty()) {
      body.setProperty("pointer", pointer(jackson));
    }
    return problem(body);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
      problem.setType(ApiProblem.type(SLUGS.getOrDefault(statusCode.value(), "error")));
    }
    HttpHeaders responseHeaders = new HttpHeaders();
    if (headers != null) {
      responseHeaders.putAll(headers);
    }
    responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return new ResponseEntity<>(body, responseHeaders, statusCode);
  }

  private static ResponseEntity<Object> problem(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  private static String pointer(JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      pointer.append('/');
      if (reference.getPropertyName() != null) {
        pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
