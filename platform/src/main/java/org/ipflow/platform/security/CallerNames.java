package org.ipflow.platform.security;

import org.ipflow.platform.web.PageUsers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in caller's name, for the pages' problems ({@link CurrentUser#userNameOf}). */
@Component
class CallerNames implements PageUsers {

  @Override
  public String nameOf(Authentication caller) {
    return CurrentUser.userNameOf(caller);
  }
}
