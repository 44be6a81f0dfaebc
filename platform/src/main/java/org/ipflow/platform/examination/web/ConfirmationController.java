package org.ipflow.platform.examination.web;

import java.util.List;
import java.util.UUID;
import org.ipflow.platform.examination.AutomatedDecisionConfirmation;
import org.ipflow.platform.ledger.LedgerEntry;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.StorableText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Automated decisions that take effect only once an officer confirms them. */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
class ConfirmationController {

  private final AutomatedDecisionConfirmation confirmations;

  ConfirmationController(AutomatedDecisionConfirmation confirmations) {
    this.confirmations = confirmations;
  }

  private static final int MAX_REASON = 10_000;

  record ConfirmationRequest(String reason) {}

  @GetMapping("/awaiting-confirmation")
  List<LedgerEntry> awaiting(@AuthenticationPrincipal Jwt jwt) {
    return confirmations.awaiting(CurrentUser.of(jwt));
  }

  @PostMapping(path = "/{decisionId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
  LedgerEntry confirm(
      @PathVariable UUID decisionId,
      @RequestBody(required = false) ConfirmationRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    String reason = request == null ? null : request.reason();
    String problem =
        reason != null && reason.length() > MAX_REASON
            ? "at most " + MAX_REASON + " characters"
            : StorableText.problem(reason).orElse(null);
    if (problem != null) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-confirmation",
          "Invalid confirmation",
          "The reason of the confirmation: " + problem + ".",
          List.of(new ApiProblem.FieldError("/reason", problem)));
    }
    return confirmations.confirm(decisionId, reason, CurrentUser.of(jwt));
  }
}
