package org.ipflow.platform.filing.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** Strong entity tags (RFC 9110 §8.8.3) over a representation's bytes, and If-Match checks. */
final class EntityTags {

  private EntityTags() {}

  static String of(byte[] representation) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Whether an {@code If-Match} header value matches {@code current}: {@code *}, or one of its
   * comma-separated tags compared strongly (a weak tag never matches).
   */
  static boolean matches(String ifMatch, String current) {
    if (ifMatch.trim().equals("*")) {
      return true;
    }
    for (String tag : ifMatch.split(",")) {
      if (tag.trim().equals(current)) {
        return true;
      }
    }
    return false;
  }

  static ApiProblem preconditionFailed(String current) {
    return new ApiProblem(
        HttpStatus.PRECONDITION_FAILED,
        "precondition-failed",
        "Precondition failed",
        "The application changed since you read it (its ETag is now "
            + current
            + "); read it again and answer on the current state.");
  }
}
