package org.ipflow.platform.ledger.web;

import java.util.UUID;
import org.ipflow.platform.ledger.DecisionReplay;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.workers.replay.ReplayResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the office's staff: a decision of the ledger replayed through the version of the rules that
 * made it, with what did not come out as recorded.
 */
@RestController
class DecisionReplayController {

  private final DecisionReplay replay;

  DecisionReplayController(DecisionReplay replay) {
    this.replay = replay;
  }

  @GetMapping(path = "/api/v1/decisions/{id}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
  ReplayResult replay(@PathVariable String id) {
    UUID decisionId;
    try {
      decisionId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.notFound("Decision " + id);
    }
    return replay.replay(decisionId).orElseThrow(() -> ApiProblem.notFound("Decision " + id));
  }
}
