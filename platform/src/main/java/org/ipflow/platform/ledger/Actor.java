package org.ipflow.platform.ledger;

import java.util.Objects;

/**
 * Who took a decision: the system (a worker) or a person (by user name).
 *
 * @param id the worker's name or the user's name
 * @param kind whether a machine or a person decided
 */
public record Actor(String id, Kind kind) {

  public enum Kind {
    SYSTEM,
    HUMAN
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }

  public static Actor system(String worker) {
    return new Actor(worker, Kind.SYSTEM);
  }

  public static Actor human(String userName) {
    return new Actor(userName, Kind.HUMAN);
  }
}
