package org.ipflow.platform.filing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ipflow.platform.office.IntakeFirst;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tells the intake that a filing is being received while a {@link FilingIntake} handler runs. The
 * mark starts once the caller is authenticated and allowed to file (the interceptor runs after the
 * security filters), so that nobody without an account can hold the office's background work back;
 * and it is released however the request ends.
 */
@Configuration(proxyBeanMethods = false)
class FilingIntakeRequests implements WebMvcConfigurer, HandlerInterceptor {

  private static final String MARK = FilingIntakeRequests.class.getName() + ".receiving";

  private final IntakeFirst intake;

  FilingIntakeRequests(IntakeFirst intake) {
    this.intake = intake;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(FilingIntake.class)) {
      request.setAttribute(MARK, intake.receiving());
    }
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (request.getAttribute(MARK) instanceof IntakeFirst.Receiving receiving) {
      request.removeAttribute(MARK);
      receiving.close();
    }
  }
}
