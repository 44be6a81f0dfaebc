package org.ipflow.workers.replay;

/**
 * A recorded decision cannot be re-run: its type or version is not loadable, or its input snapshot
 * lacks something the decision needs.
 */
public final class NotReplayableException extends RuntimeException {

  public NotReplayableException(String message) {
    super(message);
  }

  public NotReplayableException(String message, Throwable cause) {
    super(message, cause);
  }
}
