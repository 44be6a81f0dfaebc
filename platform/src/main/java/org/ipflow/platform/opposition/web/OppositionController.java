package org.ipflow.platform.opposition.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ipflow.platform.opposition.NewOpposition;
import org.ipflow.platform.opposition.Opposition;
import org.ipflow.platform.opposition.OppositionService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.StorableText;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Oppositions: anyone authenticated may oppose a published mark; the parties exchange observations;
 * the parties and the office's staff may read an opposition.
 */
@RestController
class OppositionController {

  private final OppositionService oppositions;

  OppositionController(OppositionService oppositions) {
    this.oppositions = oppositions;
  }

  record OppositionRequest(Party opponent, String earlierRight, String grounds, Payment payment) {}

  record Party(String name, String country) {}

  record Payment(BigDecimal amount, String currency, String reference) {}

  record Text(String text) {}

  record OppositionView(
      UUID id,
      UUID filingId,
      String opponentName,
      String earlierRight,
      String grounds,
      Instant filedAt,
      String status,
      String decision,
      Instant decidedAt) {
    static OppositionView of(Opposition o) {
      return new OppositionView(
          o.id(),
          o.filingId(),
          o.opponentName(),
          o.earlierRight(),
          o.grounds(),
          o.filedAt(),
          o.status(),
          o.decision(),
          o.decidedAt());
    }
  }

  @PostMapping(
      path = "/api/v1/filings/{id}/oppositions",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<OppositionView> oppose(
      @PathVariable UUID id,
      @RequestBody OppositionRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    Opposition opposition = oppositions.file(id, validate(request), CurrentUser.of(jwt));
    return ResponseEntity.created(URI.create("/api/v1/oppositions/" + opposition.id()))
        .body(OppositionView.of(opposition));
  }

  @GetMapping(path = "/api/v1/oppositions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  OppositionView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
    return OppositionView.of(oppositions.read(id, CurrentUser.of(jwt)));
  }

  @PostMapping(
      path = "/api/v1/oppositions/{id}/observations",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> observations(
      @PathVariable UUID id, @RequestBody Text text, @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    oppositions.read(id, user);
    oppositions.receiveApplicantObservations(id, required(text), user);
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/api/v1/oppositions/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> reply(
      @PathVariable UUID id, @RequestBody Text text, @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    oppositions.read(id, user);
    oppositions.receiveOpponentReply(id, required(text), user);
    return ResponseEntity.accepted().build();
  }

  private static String required(Text text) {
    if (text == null
        || text.text() == null
        || text.text().isBlank()
        || text.text().length() > 20_000) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-observations",
          "Invalid observations",
          "A text of up to 20000 characters is required.",
          List.of(new ApiProblem.FieldError("/text", "is required, up to 20000 characters")));
    }
    StorableText.problem(text.text())
        .ifPresent(
            problem -> {
              throw new ApiProblem(
                  HttpStatus.BAD_REQUEST,
                  "invalid-observations",
                  "Invalid observations",
                  "The text " + problem + ".",
                  List.of(new ApiProblem.FieldError("/text", problem)));
            });
    return text.text();
  }

  private static void storable(List<ApiProblem.FieldError> errors, String pointer, String text) {
    StorableText.problem(text).ifPresent(p -> errors.add(new ApiProblem.FieldError(pointer, p)));
  }

  private static NewOpposition validate(OppositionRequest request) {
    List<ApiProblem.FieldError> errors = new ArrayList<>();
    if (request == null) {
      errors.add(new ApiProblem.FieldError("", "the request body is empty"));
    } else {
      if (request.opponent() == null
          || request.opponent().name() == null
          || request.opponent().name().isBlank()) {
        errors.add(new ApiProblem.FieldError("/opponent/name", "is required"));
      }
      if (request.grounds() != null && request.grounds().length() > 20_000) {
        errors.add(new ApiProblem.FieldError("/grounds", "at most 20000 characters"));
      }
      if (request.earlierRight() != null && request.earlierRight().length() > 100) {
        errors.add(new ApiProblem.FieldError("/earlierRight", "at most 100 characters"));
      }
      storable(errors, "/grounds", request.grounds());
      storable(errors, "/earlierRight", request.earlierRight());
      if (request.opponent() != null) {
        storable(errors, "/opponent/name", request.opponent().name());
        storable(errors, "/opponent/country", request.opponent().country());
      }
      if (request.payment() != null) {
        storable(errors, "/payment/reference", request.payment().reference());
      }
      Payment payment = request.payment();
      if (payment != null
          && (payment.amount() == null
              || payment.amount().signum() < 0
              || payment.amount().scale() > 2
              || payment.currency() == null
              || !payment.currency().matches("[A-Z]{3}")
              || payment.reference() == null
              || payment.reference().isBlank()
              || payment.reference().length() > 100)) {
        errors.add(
            new ApiProblem.FieldError("/payment", "amount, ISO 4217 currency and reference"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-opposition",
          "Invalid opposition",
          "The opposition is incomplete or malformed; see errors.",
          errors);
    }
    Payment payment = request.payment();
    // Whether the grounds, the earlier right and the fee suffice is the admissibility decision's
    // call.
    return new NewOpposition(
        request.opponent().name(),
        request.opponent().country(),
        request.earlierRight(),
        request.grounds(),
        payment == null ? BigDecimal.ZERO : payment.amount(),
        payment == null ? null : payment.currency(),
        payment == null ? null : payment.reference());
  }
}
