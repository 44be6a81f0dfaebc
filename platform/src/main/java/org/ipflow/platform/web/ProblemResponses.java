package org.ipflow.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem responses where no controller runs (filters, security). */
@Component
public class ProblemResponses {

  private final JsonMapper json;

  ProblemResponses(JsonMapper json) {
    this.json = json;
  }

  public void write(
      HttpServletResponse response,
      HttpStatus status,
      String slug,
      String title,
      String detail,
      String wwwAuthenticate)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(ApiProblem.type(slug));
    problem.setTitle(title);
    response.setStatus(status.value());
    if (wwwAuthenticate != null) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
