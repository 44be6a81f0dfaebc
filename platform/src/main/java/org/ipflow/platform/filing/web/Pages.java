package org.ipflow.platform.filing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.ModelAndView;

/** What the pages share: who is logged in, and an error as a page for browsers. */
final class Pages {

  private Pages() {}

  /** The login name, whether the user came with a browser session or a bearer token. */
  static String userName(Authentication caller) {
    if (caller == null || caller instanceof AnonymousAuthenticationToken) {
      return null;
    }
    if (caller.getPrincipal() instanceof OidcUser user && user.getPreferredUsername() != null) {
      return user.getPreferredUsername();
    }
    if (caller.getPrincipal() instanceof Jwt jwt
        && jwt.getClaimAsString("preferred_username") != null) {
      return jwt.getClaimAsString("preferred_username");
    }
    return caller.getName();
  }

  /**
   * A problem as the caller wants it: a browser (it asks for HTML) gets the error page in its
   * language, any other client the API's problem+json.
   */
  static ModelAndView problem(
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
