package org.ipflow.platform.filing.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.FilingStatus;
import org.ipflow.platform.filing.PublicRegister;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public register: published filings, readable by anyone without an account. */
@RestController
@RequestMapping("/api/v1/register")
class RegisterController {

  private static final int MAX_SIZE = 100;

  private final PublicRegister register;
  private final DocumentStore documents;

  RegisterController(PublicRegister register, DocumentStore documents) {
    this.register = register;
    this.documents = documents;
  }

  record RegisterPage(List<PublicRegister.Entry> items, int page, int size) {}

  /**
   * @param number an application or registration number
   * @param text words of the mark
   * @param owner words of the owner's name
   */
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  RegisterPage search(
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) Integer niceClass,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || page > 10_000) {
      throw invalid("page", "between 0 and 10000");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw invalid("size", "between 1 and " + MAX_SIZE);
    }
    if (niceClass != null && (niceClass < 1 || niceClass > 45)) {
      throw invalid("niceClass", "a Nice class, 1 to 45");
    }
    FilingStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = FilingStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw invalid("status", "a filing status such as PUBLISHED or REGISTERED");
      }
    }
    return new RegisterPage(
        register.search(
            blankToNull(number),
            blankToNull(text),
            blankToNull(owner),
            niceClass,
            wanted,
            page * size,
            size),
        page,
        size);
  }

  @GetMapping(path = "/{applicationNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  PublicRegister.Entry entry(@PathVariable String applicationNumber) {
    return register
        .find(applicationNumber)
        .orElseThrow(() -> ApiProblem.notFound("Published application " + applicationNumber));
  }

  @GetMapping("/{applicationNumber}/documents/{documentId}")
  ResponseEntity<byte[]> document(
      @PathVariable String applicationNumber, @PathVariable UUID documentId) {
    StoredDocument document =
        register
            .document(applicationNumber, documentId)
            .orElseThrow(() -> ApiProblem.notFound("Published document " + documentId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(document.fileName()).build().toString())
        .body(documents.content(document.id()));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ApiProblem invalid(String parameter, String expected) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        "Invalid parameter",
        "The parameter '" + parameter + "' must be " + expected + ".");
  }
}
