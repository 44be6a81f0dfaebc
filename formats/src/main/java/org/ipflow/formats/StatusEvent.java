package org.ipflow.formats;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of a filing's status history: what happened and on which date. */
public record StatusEvent(ProcedureEvent event, LocalDate date) {
  public StatusEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
  }
}
