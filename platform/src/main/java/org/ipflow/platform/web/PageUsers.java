package org.ipflow.platform.web;

import org.springframework.security.core.Authentication;

/** The name the pages show for the signed-in caller (the security module knows how to read it). */
public interface PageUsers {

  /** The caller's user name, or {@code null} when nobody is signed in. */
  String nameOf(Authentication caller);
}
