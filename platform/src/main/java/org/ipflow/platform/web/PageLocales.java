package org.ipflow.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak the WIPO languages the office works in: English, French and Spanish. A visitor
 * chooses with {@code ?lang=fr} (kept in a cookie); without a choice, the browser's preferred
 * language among these, else English.
 */
@Configuration
class PageLocales implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
  static final String COOKIE = "ipflow-lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver =
        new CookieLocaleResolver(COOKIE) {
          @Override
          public void setLocale(
              HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
          }
        };
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setDefaultLocaleFunction(
        request -> {
          var preferred = request.getLocales();
          while (preferred.hasMoreElements()) {
            Locale locale = preferred.nextElement();
            for (Locale candidate : SUPPORTED) {
              if (candidate.getLanguage().equals(locale.getLanguage())) {
                return candidate;
              }
            }
          }
          return Locale.ENGLISH;
        });
    return resolver;
  }

  /** One of the supported locales: the one of the same language, else English. */
  static Locale supported(Locale locale) {
    return SUPPORTED.stream()
        .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }
}
