package org.ipflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

  /**
   * An id in the path that is no UUID names nothing; any other value of the wrong type is a bad
   * request.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badValue(
      MethodArgumentTypeMismatchException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication caller)
      throws IOException {
    return problem(ProblemHandler.wrongType(e), request, response, caller);
  }

  @ExceptionHandler(InvalidParameterException.class)
  ModelAndView undecodable(
      InvalidParameterException e,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication caller)
      throws IOException {
    return problem(ProblemHandler.undecodableParameter(), request, response, caller);
  }
}
