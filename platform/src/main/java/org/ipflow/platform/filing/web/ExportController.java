package org.ipflow.platform.filing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ipflow.formats.FilingDocument;
import org.ipflow.formats.LegalStatus;
import org.ipflow.formats.St96Writer;
import org.ipflow.formats.St97Json;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.signing.DocumentSigner;
import org.ipflow.signing.SignatureLevel;
import org.ipflow.signing.SigningRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of a filing in WIPO formats, for the filer and the office's staff (to anyone else the
 * filing does not exist: 404): ST.96 V6.0 XML validated against the official schema of its right
 * (marks {@code TrademarkApplication}, designs {@code DesignApplication}, patents and utility
 * models {@code PatentPublication}) with the office's detached XAdES seal, the same tree as JSON
 * (ST.97 approach), and the status history as legal-status events (ST.87 marks, ST.88 designs,
 * ST.27 patents and utility models).
 *
 * <p>Signature: the export is a pure function of the filing's stored state (no generation time, no
 * random identifiers), so its bytes are the same on every request until the filing changes, and the
 * seal is made on request over exactly those bytes. Nothing new is stored, and a changed filing is
 * never served with a seal of its former state. Both responses carry the export's digest as {@code
 * ETag}; a client that sends it back in {@code If-Match} when fetching the signature gets the
 * signature of the very export it holds or, had the filing changed in between, 412.
 */
@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = "Exports")
class ExportController {

  static final MediaType XML = MediaType.APPLICATION_XML;
  private static final int SIGNATURE_CACHE = 256;

  private final FilingService filings;
  private final DocumentStore documents;
  private final OfficeClock clock;
  private final DocumentSigner signer;
  private final St96Writer writer = new St96Writer();

  /** Seals already made, by export file name and digest: a repeated request gets the same one. */
  private final Map<String, byte[]> signatures =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > SIGNATURE_CACHE;
        }
      };

  ExportController(
      FilingService filings, DocumentStore documents, OfficeClock clock, DocumentSigner signer) {
    this.filings = filings;
    this.documents = documents;
    this.clock = clock;
    this.signer = signer;
  }

  @Operation(
      operationId = "exportSt96",
      summary = "The filing as ST.96 V6.0 XML",
      description =
          "TrademarkApplication (marks, also once registered), DesignApplication (designs) or"
              + " PatentPublication (patents: kind A1/B1/B2; utility models: U1), validated"
              + " against the official schema. Deterministic for a given state of the filing;"
              + " the ETag is the SHA-256 of the bytes.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The ST.96 document",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_XML_VALUE,
                      schema = @Schema(type = "string"))))
  @GetMapping(path = "/{id}/st96", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<byte[]> st96(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
    Export export = export(id, CurrentUser.of(jwt));
    return ResponseEntity.ok()
        .contentType(XML)
        .eTag(export.digest())
        .header(
            "Content-Disposition",
            ContentDisposition.inline().filename(export.fileName()).build().toString())
        .body(export.xml());
  }

  @Operation(
      operationId = "exportSt96Signature",
      summary = "The office's detached XAdES seal of the ST.96 export",
      description =
          "A detached XAdES-B-T signature (the office's electronic seal) over exactly the bytes"
              + " of GET /api/v1/filings/{id}/st96 in the filing's current state, referencing"
              + " them by the export's file name (<application number>.xml). Send the export's"
              + " ETag in If-Match to be sure the seal is of the export you hold: 412 if the"
              + " filing changed since.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The XAdES signature document",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_XML_VALUE,
                      schema = @Schema(type = "string"))))
  @GetMapping(path = "/{id}/st96/signature", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<byte[]> signature(
      @PathVariable UUID id,
      @Parameter(description = "The ETag of the export the signature must be of")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @AuthenticationPrincipal Jwt jwt) {
    Export export = export(id, CurrentUser.of(jwt));
    if (ifMatch != null && !matches(ifMatch, export.digest())) {
      throw new ApiProblem(
          HttpStatus.PRECONDITION_FAILED,
          "export-changed",
          "The export has changed",
          "The filing changed since that export was made; fetch the export again, then its"
              + " signature.");
    }
    String key = export.fileName() + ":" + export.digest();
    byte[] signature;
    synchronized (signatures) {
      signature = signatures.get(key);
    }
    if (signature == null) {
      signature =
          signer.signXmlDetached(
              export.xml(), export.fileName(), SigningRequest.officeSeal(SignatureLevel.B_T));
      synchronized (signatures) {
        signatures.putIfAbsent(key, signature);
        signature = signatures.get(key);
      }
    }
    return ResponseEntity.ok()
        .contentType(XML)
        .eTag(export.digest())
        .header(
            "Content-Disposition",
            ContentDisposition.attachment()
                .filename(export.fileName().replace(".xml", "-xades.xml"))
                .build()
                .toString())
        .body(signature);
  }

  @Operation(
      operationId = "exportSt97",
      summary = "The filing as JSON mirroring ST.96 (WIPO ST.97 approach)",
      description =
          "The same tree as the ST.96 export, with the ST.96 element and attribute names as"
              + " keys, in schema order; repeatable elements are arrays; dates are ISO 8601.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The JSON document",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(type = "object"))))
  @GetMapping(path = "/{id}/st97", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> st97(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
    FilingDocument document = document(readable(id, CurrentUser.of(jwt)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(St97Json.toJson(document).getBytes(StandardCharsets.UTF_8));
  }

  @Operation(
      operationId = "exportLegalStatus",
      summary = "The filing's status history as legal-status events",
      description =
          "Each event coded with WIPO ST.27 (patents, utility models), ST.87 (marks) or ST.88"
              + " (designs): state, stages, key and detailed event. JSON for every right, with"
              + " the element names of ST.96 PatentLegalStatusData (root TrademarkLegalStatusData"
              + " or DesignLegalStatusData for marks and designs); ST.96 XML"
              + " (PatentLegalStatusData, validated) for patents and utility models with Accept:"
              + " application/xml. ST.96 V6.0 has no legal-status document for marks and designs:"
              + " XML is then 406.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The legal-status events",
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object")),
                @Content(
                    mediaType = MediaType.APPLICATION_XML_VALUE,
                    schema = @Schema(type = "string"))
              }))
  @GetMapping(
      path = "/{id}/legal-status",
      produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_XML_VALUE})
  ResponseEntity<byte[]> legalStatus(
      @PathVariable UUID id,
      @RequestHeader(name = "Accept", required = false) String accept,
      @AuthenticationPrincipal Jwt jwt) {
    Filing filing = readable(id, CurrentUser.of(jwt));
    FilingDocument document = document(filing);
    if (prefersXml(accept)) {
      byte[] xml =
          LegalStatus.toSt96Xml(document)
              .orElseThrow(
                  () ->
                      new ApiProblem(
                          HttpStatus.NOT_ACCEPTABLE,
                          "not-acceptable",
                          "Not acceptable",
                          "ST.96 V6.0 has no legal-status document for "
                              + filing.ipRight()
                              + " filings; ask for application/json."));
      return ResponseEntity.ok().contentType(XML).body(xml);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(LegalStatus.toJson(document).getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the client prefers XML to JSON (JSON when it accepts both equally, or anything). */
  static boolean prefersXml(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (IllegalArgumentException e) {
      return false;
    }
    types = new java.util.ArrayList<>(types);
    types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : types) {
      if (type.getQualityValue() == 0) {
        continue;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return false;
      }
      if (type.isCompatibleWith(XML) || type.isCompatibleWith(MediaType.TEXT_XML)) {
        return true;
      }
    }
    return false;
  }

  private record Export(byte[] xml, String fileName, String digest) {}

  private Export export(UUID id, CurrentUser user) {
    Filing filing = readable(id, user);
    byte[] xml = writer.write(document(filing));
    return new Export(xml, filing.applicationNumber().value() + ".xml", sha256(xml));
  }

  private FilingDocument document(Filing filing) {
    return St96ExportMapper.toDocument(
        filing,
        filings.timeline(filing.id()),
        documents.forFiling(filing.id()),
        d -> documents.content(d.id()),
        clock::dateAt);
  }

  /** The filer and the office's staff may read a filing; to anyone else it does not exist. */
  private Filing readable(UUID id, CurrentUser user) {
    return filings.read(id, user);
  }

  private static boolean matches(String ifMatch, String digest) {
    for (String tag : ifMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals("\"" + digest + "\"") || t.equals(digest)) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
