package org.ipflow.signing;

/** A document could not be signed or validated; the message says why. */
public class SigningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SigningException(String message) {
    super(message);
  }

  public SigningException(String message, Throwable cause) {
    super(message, cause);
  }
}
