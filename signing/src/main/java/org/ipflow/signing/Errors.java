package org.ipflow.signing;

/** Error texts. */
final class Errors {

  private Errors() {}

  /** The chain of causes of {@code e}, class names and messages, at most about 500 characters. */
  static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    Throwable current = e;
    while (current != null && text.length() < 500) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(current.getClass().getSimpleName());
      if (current.getMessage() != null) {
        text.append(": ").append(current.getMessage());
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return text.toString();
  }
}
