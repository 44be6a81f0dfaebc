package org.ipflow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses request bodies above the limit before anything reads them: by their declared length, or
 * while reading when the length is not declared (chunked).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long limit;
  private final ProblemResponses problems;
  private final MessageSource messages;
  private final LocaleResolver locales;

  RequestSizeLimitFilter(
      ApiProperties properties,
      ProblemResponses problems,
      MessageSource messages,
      LocaleResolver locales) {
    this.limit = properties.maxRequestBytes();
    this.problems = problems;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      // Tomcat then drains (up to its swallow limit) or closes the connection.
      response.setHeader("Connection", "close");
      if (wantsPage(request)) {
        // A browser's form (an upload in the wizard, say): a page that says so, not JSON.
        writePage(request, response);
        return;
      }
      problems.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "payload-too-large",
          "Request too large",
          "The request body is larger than the limit of " + limit + " bytes.",
          null);
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private void writePage(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    String page =
        "<!DOCTYPE html><html lang=\""
            + HtmlUtils.htmlEscape(locale.getLanguage())
            + "\"><head><meta charset=\"utf-8\"><title>"
            + text("error.title", locale)
            + "</title><link rel=\"stylesheet\" href=\"/assets/ipflow.css\"></head><body><main"
            + " id=\"main\"><h1 id=\"error-status\">413</h1><p id=\"error-message\""
            + " role=\"alert\">"
            + text("error.413", locale)
            + "</p><p><a href=\"/portal/filings\">"
            + text("error.413.back", locale)
            + "</a></p></main></body></html>";
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private String text(String code, Locale locale) {
    return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale));
  }

  /** A page's form rather than an API call: not under /api/ and asking for HTML. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return !request.getRequestURI().startsWith("/api/")
        && accept != null
        && accept.contains("text/html");
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PayloadTooLargeException {
      read += n;
      if (read > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
