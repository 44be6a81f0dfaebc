package org.ipflow.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A problem the caller can act on, answered as {@code application/problem+json} with a stable type
 * URI ({@code urn:ipflow:problem:<slug>}).
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String slug;
  private final String title;
  private final List<FieldError> errors;

  public ApiProblem(HttpStatus status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public ApiProblem(
      HttpStatus status, String slug, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static URI type(String slug) {
    return URI.create("urn:ipflow:problem:" + slug);
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public static ApiProblem notFound(String what) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "not-found", "Not found", what + " does not exist.");
  }

  public static ApiProblem conflict(String slug, String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, slug, "Conflict with the current state", detail);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
  }

  /**
   * One invalid part of a request.
   *
   * @param pointer a JSON Pointer (RFC 6901) to the offending value, e.g. {@code /mark/text}
   * @param detail what is wrong with it
   */
  public record FieldError(String pointer, String detail) {}
}
