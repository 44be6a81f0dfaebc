package org.ipflow.platform.filing.web;

import java.net.URI;
import java.util.UUID;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingReceipt;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Filing API: file an application, read it back with its timeline, download its documents. */
@RestController
@RequestMapping("/api/v1/filings")
class FilingController {

  private final FilingService filings;
  private final DocumentStore documents;

  FilingController(FilingService filings, DocumentStore documents) {
    this.filings = filings;
    this.documents = documents;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReceiptView> file(
      @RequestBody FilingRequest request, @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    FilingReceipt receipt =
        filings.submit(FilingRequestValidator.validate(request), user.subject());
    return ResponseEntity.created(URI.create("/api/v1/filings/" + receipt.id()))
        .body(ReceiptView.of(receipt));
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  FilingView get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
    Filing filing = readable(id, CurrentUser.of(jwt));
    return FilingView.of(filing, documents.forFiling(id), filings.timeline(id));
  }

  @GetMapping("/{id}/documents/{documentId}")
  ResponseEntity<byte[]> document(
      @PathVariable UUID id, @PathVariable UUID documentId, @AuthenticationPrincipal Jwt jwt) {
    readable(id, CurrentUser.of(jwt));
    StoredDocument document =
        documents
            .find(id, documentId)
            .orElseThrow(() -> ApiProblem.notFound("Document " + documentId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(document.fileName()).build().toString())
        .header("Digest", "sha-256=" + document.sha256())
        .body(documents.content(documentId));
  }

  @PostMapping(
      path = "/{id}/deficiency-response",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> respondToDeficiency(
      @PathVariable UUID id, @RequestBody FilingRequest request, @AuthenticationPrincipal Jwt jwt) {
    CurrentUser user = CurrentUser.of(jwt);
    Filing filing = readable(id, user);
    if (!filing.filedBy().equals(user.subject())) {
      throw ApiProblem.forbidden(
          "Only the applicant who filed it may answer for this application.");
    }
    filings.respondToDeficiency(id, FilingRequestValidator.validate(request), user.userName());
    return ResponseEntity.accepted().location(URI.create("/api/v1/filings/" + id)).build();
  }

  /**
   * The applicant who filed it and the office's staff may read a filing; to anyone else it does not
   * exist (a 404, not a 403, so that ids cannot be probed).
   */
  private Filing readable(UUID id, CurrentUser user) {
    Filing filing = filings.find(id).orElseThrow(() -> ApiProblem.notFound("Filing " + id));
    if (!user.isOfficeStaff() && !filing.filedBy().equals(user.subject())) {
      throw ApiProblem.notFound("Filing " + id);
    }
    return filing;
  }
}
