package org.ipflow.platform.filing.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.PublicRegister;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ProblemsAsPages;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register for people: anyone, without logging in, searches published filings and reads
 * their published data and documents ({@link PublicRegister}: nothing unpublished, no confidential
 * field).
 */
@Controller
@ProblemsAsPages
class RegisterPages {

  static final int PAGE_SIZE = 50;

  private final PublicRegister register;
  private final ZoneId zone;

  RegisterPages(PublicRegister register, OfficeProperties office) {
    this.register = register;
    this.zone = office.zone();
  }

  @GetMapping("/register")
  String search(
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) String niceClass,
      @RequestParam(required = false) String status,
      Authentication caller,
      Model model) {
    model.addAttribute("user", CurrentUser.userNameOf(caller));
    model.addAttribute("number", orEmpty(number));
    model.addAttribute("text", orEmpty(text));
    model.addAttribute("owner", orEmpty(owner));
    model.addAttribute("niceClass", orEmpty(niceClass));
    model.addAttribute("status", orEmpty(status).toUpperCase(Locale.ROOT));
    model.addAttribute("statuses", FilingStatus.values());
    // Field → message key of its error.
    Map<String, String> errors = new LinkedHashMap<>();
    Integer wantedClass = null;
    if (!orEmpty(niceClass).isEmpty()) {
      try {
        wantedClass = Integer.valueOf(niceClass.trim());
      } catch (NumberFormatException e) {
        wantedClass = -1;
      }
      if (wantedClass < 1 || wantedClass > 45) {
        errors.put("niceClass", "register.error.niceClass");
      }
    }
    FilingStatus wantedStatus = null;
    if (!orEmpty(status).isEmpty()) {
      try {
        wantedStatus = FilingStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put("status", "register.error.status");
      }
    }
    model.addAttribute("errors", errors);
    boolean searched =
        errors.isEmpty()
            && (!orEmpty(number).isEmpty()
                || !orEmpty(text).isEmpty()
                || !orEmpty(owner).isEmpty()
                || wantedClass != null
                || wantedStatus != null);
    model.addAttribute("searched", searched);
    model.addAttribute(
        "results",
        searched
            ? register.search(
                blankToNull(number),
                blankToNull(text),
                blankToNull(owner),
                wantedClass,
                wantedStatus,
                0,
                PAGE_SIZE)
            : List.of());
    return "register/search";
  }

  @GetMapping("/register/{applicationNumber}")
  String entry(@PathVariable String applicationNumber, Authentication caller, Model model) {
    model.addAttribute("user", CurrentUser.userNameOf(caller));
    model.addAttribute("zone", zone);
    model.addAttribute(
        "entry",
        register
            .find(applicationNumber)
            .orElseThrow(() -> ApiProblem.notFound("Published application " + applicationNumber)));
    return "register/entry";
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
