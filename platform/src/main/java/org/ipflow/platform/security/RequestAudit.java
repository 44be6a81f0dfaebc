package org.ipflow.platform.security;

import jakarta.servlet.Filter;

/**
 * Records each request with its caller and final status. The security filter chains run it right
 * after they establish the caller, so denials are recorded as well; the audit module provides it.
 */
public interface RequestAudit {

  /** Not a bean of its own: the servlet container must not run it a second time. */
  Filter requestFilter();
}
