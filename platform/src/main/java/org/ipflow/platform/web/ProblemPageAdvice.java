package org.ipflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The problems of every {@link ProblemsAsPages} controller, as a page or as problem+json. Ahead of
 * the API's handler, which answers problem+json only.
 */
@ControllerAdvice(annotations = ProblemsAsPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemPageAdvice {

  private final ProblemResponses problems;
  private final PageUsers users;

  ProblemPageAdvice(ProblemResponses problems, PageUsers users) {
    this.problems = problems;
    this.users = users;
  }

  @ExceptionHandler(ApiProblem.class)
  ModelAndView problem(
      ApiProblem problem,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication caller)
      throws IOException {
    return ProblemPages.problem(problem, request, response, problems, users.nameOf(caller));
  }

  /** An id that is no UUID names nothing; any other value of the wrong type is a bad request. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badValue(
      MethodArgumentTypeMismatchException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication caller)
      throws IOException {
    ApiProblem problem =
        e.getRequiredType() == UUID.class
            ? ApiProblem.notFound("'" + e.getValue() + "'")
            : new ApiProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "Invalid parameter",
                "'" + e.getValue() + "' is no valid " + e.getName() + ".");
    return problem(problem, request, response, caller);
  }
}
