package org.ipflow.workers.replay;

import java.util.List;
import org.ipflow.workers.decision.Decision;

/**
 * What replaying a recorded decision through the version that made it gave.
 *
 * @param type the recorded decision type
 * @param version the recorded version
 * @param replayable whether that version could be loaded and re-run on the recorded inputs
 * @param reproduced whether the outcome, the reason codes, the outputs and the input snapshot came
 *     out as recorded
 * @param differences what did not come out as recorded, one line each (path: recorded, replayed);
 *     for a decision that could not be replayed, why
 * @param notes differences that do not decide reproduction: reason texts, legal basis
 * @param replayed the decision the replay produced, or {@code null} if not replayable
 */
public record ReplayResult(
    String type,
    String version,
    boolean replayable,
    boolean reproduced,
    List<String> differences,
    List<String> notes,
    Decision replayed) {

  public ReplayResult {
    differences = List.copyOf(differences);
    notes = List.copyOf(notes);
  }

  static ReplayResult notReplayable(String type, String version, String why) {
    return new ReplayResult(type, version, false, false, List.of(why), List.of(), null);
  }
}
