package org.ipflow.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/** Records each audited request after it has been answered, whatever the answer. */
final class AuditFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

  private final AuditTrail trail;

  AuditFilter(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !audited(request.getRequestURI().substring(request.getContextPath().length()));
  }

  /** API calls and pages about cases; not health probes, static assets or the login dance. */
  static boolean audited(String path) {
    return (path.startsWith("/api/") && !path.startsWith("/api-docs"))
        || path.startsWith("/admin")
        || path.startsWith("/portal")
        || path.startsWith("/examiner")
        || path.startsWith("/studio");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      int status = failed && response.getStatus() < 400 ? 500 : response.getStatus();
      try {
        trail.record(eventOf(request, response, status));
      } catch (RuntimeException e) {
        // The answer has been given; losing its audit row is an operational fault to alert on.
        log.error(
            "AUDIT ROW LOST: {} {} -> {}", request.getMethod(), request.getRequestURI(), status, e);
      }
    }
  }

  private static AuditEvent eventOf(
      HttpServletRequest request, HttpServletResponse response, int status) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    AuditedResource resource = AuditedResource.of(path);
    if (status < 400) {
      resource = resource.created(response.getHeader("Location"));
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String actor = "anonymous";
    String subject = null;
    String channel = path.startsWith("/api/") ? "API" : "BROWSER";
    TreeSet<String> roles = new TreeSet<>();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      actor = auth.getName();
      if (auth instanceof JwtAuthenticationToken jwt) {
        subject = jwt.getToken().getSubject();
        actor = claim(jwt.getTokenAttributes(), "preferred_username", subject);
      } else if (auth.getPrincipal() instanceof OidcUser user) {
        subject = user.getSubject();
        actor = user.getPreferredUsername() == null ? subject : user.getPreferredUsername();
      }
      for (GrantedAuthority authority : auth.getAuthorities()) {
        String name = authority.getAuthority();
        if (name != null && name.startsWith("ROLE_")) {
          roles.add(name.substring("ROLE_".length()));
        }
      }
    }
    String method = request.getMethod();
    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    return new AuditEvent(
        0,
        AuditTrail.now(),
        truncate(actor, 255),
        subject,
        truncate(String.join(",", roles), 500),
        channel,
        truncate(method, 10),
        truncate(path, 2000),
        read ? "READ" : "WRITE",
        resource.type(),
        resource.id(),
        resource.filingId(),
        status,
        AuditEvent.outcomeOf(status),
        truncate(request.getRemoteAddr(), 100),
        truncate(request.getHeader("User-Agent"), 300));
  }

  private static String claim(Map<String, Object> claims, String name, String fallback) {
    Object value = claims.get(name);
    return value == null ? fallback : value.toString();
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
