package org.ipflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the pages of every module share: an error as a page for browsers, problem+json for others.
 */
public final class ProblemPages {

  private ProblemPages() {}

  /**
   * A problem as the caller wants it: a browser (it asks for HTML) gets the error page in its
   * language, any other client the API's problem+json.
   */
  public static ModelAndView problem(
      ApiProblem problem,
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemResponses problems,
      String user)
      throws IOException {
    if (wantsHtml(request)) {
      ModelAndView page = new ModelAndView("error/problem");
      page.setStatus(problem.status());
      page.addObject("status", problem.status().value());
      page.addObject("user", user);
      return page;
    }
    // Written here, as the API writes it; the empty model and view says the response is complete.
    problems.write(
        response, problem.status(), problem.slug(), problem.title(), problem.getMessage(), null);
    return new ModelAndView();
  }

  private static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      List<MediaType> types = MediaType.parseMediaTypes(accept);
      return types.stream()
          .anyMatch(t -> t.getType().equals("text") && t.getSubtype().equals("html"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
