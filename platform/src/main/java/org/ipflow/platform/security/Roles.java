package org.ipflow.platform.security;

/** The realm roles of the IPFlow realm, as Spring authorities. */
public final class Roles {

  public static final String APPLICANT = "applicant";
  public static final String AGENT = "agent";
  public static final String EXAMINER = "examiner";
  public static final String SENIOR_EXAMINER = "senior-examiner";
  public static final String ANALYST = "analyst";
  public static final String ADMIN = "admin";

  private Roles() {}

  public static String authority(String role) {
    return "ROLE_" + role;
  }
}
