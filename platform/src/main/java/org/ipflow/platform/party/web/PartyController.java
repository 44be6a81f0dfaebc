package org.ipflow.platform.party.web;

import java.util.List;
import java.util.UUID;
import org.ipflow.platform.party.DuplicateCandidate;
import org.ipflow.platform.party.FilingLink;
import org.ipflow.platform.party.Party;
import org.ipflow.platform.party.PartyService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parties for admins: a party with its filings, likely duplicates, merges. */
@RestController
@RequestMapping(path = "/api/v1/parties", produces = MediaType.APPLICATION_JSON_VALUE)
class PartyController {

  private final PartyService parties;

  PartyController(PartyService parties) {
    this.parties = parties;
  }

  record PartyView(Party party, List<FilingLink> filings, List<Party> merged) {}

  record MergeRequest(UUID into) {}

  @GetMapping("/duplicates")
  List<DuplicateCandidate> duplicates(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-parameter",
          "Invalid parameter",
          "The parameter 'limit' must be between 1 and 500.");
    }
    return parties.duplicates(limit);
  }

  @GetMapping("/{id}")
  PartyView party(@PathVariable UUID id) {
    return view(id);
  }

  /** Merges this party into {@code into}; the answer is the party that stands. */
  @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
  PartyView merge(
      @PathVariable UUID id,
      @RequestBody(required = false) MergeRequest request,
      @AuthenticationPrincipal Jwt jwt) {
    if (request == null || request.into() == null) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-merge",
          "Invalid merge",
          "The body must name the party to merge into: {\"into\": \"<party id>\"}.",
          List.of(new ApiProblem.FieldError("/into", "the id of the party that stands")));
    }
    Party target = parties.merge(id, request.into(), CurrentUser.of(jwt).userName());
    return view(target.id());
  }

  private PartyView view(UUID id) {
    return new PartyView(parties.get(id), parties.filingsOf(id), parties.mergedInto(id));
  }
}
