package org.ipflow.platform.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: where the pages and the API are. */
@Controller
class HomePage {

  @GetMapping("/")
  String home(@AuthenticationPrincipal OidcUser user, Model model) {
    model.addAttribute("user", user == null ? null : user.getPreferredUsername());
    return "home";
  }
}
