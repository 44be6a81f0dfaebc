package org.ipflow.platform.ledger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.replay.DecisionCatalog;
import org.ipflow.workers.replay.ReplayResult;
import org.springframework.stereotype.Service;

/**
 * Replays ledger rows: the row's input snapshot is fed back through the version of the decision
 * that made it (from the workers' {@link DecisionCatalog}), and the result compared with the row. A
 * human decision has no rules to re-run: it is reported as not replayable.
 */
@Service
public class DecisionReplay {

  private final DecisionCatalog catalog = DecisionCatalog.standard();
  private final DecisionLedger ledger;

  DecisionReplay(DecisionLedger ledger) {
    this.ledger = ledger;
  }

  /** The replay of ledger row {@code id}, empty if there is no such row. */
  public Optional<ReplayResult> replay(UUID id) {
    return ledger.get(id).map(this::replay);
  }

  /** The replay of one ledger row. */
  public ReplayResult replay(LedgerEntry entry) {
    Decision recorded =
        new Decision(
            entry.decisionType(),
            entry.decisionVersion(),
            entry.outcome(),
            entry.reasons(),
            entry.inputs(),
            entry.outputs(),
            // The rules state the provision; the office's basis for automating is configuration.
            LegalBases.provisionOf(entry.legalBasis()));
    if (!entry.automated()) {
      return new ReplayResult(
          entry.decisionType(),
          entry.decisionVersion(),
          false,
          false,
          List.of("decided by a person (" + entry.actor().id() + "), not by rules"),
          List.of(),
          null);
    }
    return catalog.replay(recorded);
  }
}
