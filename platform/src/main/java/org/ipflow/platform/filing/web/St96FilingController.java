package org.ipflow.platform.filing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ipflow.formats.FilingDocument;
import org.ipflow.formats.St96Exception;
import org.ipflow.formats.St96Reader;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.office.OfficeClock;
import org.ipflow.platform.security.CurrentUser;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ApiProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Filing with WIPO ST.96 V6.0 XML, validated against the official schemas: a trade mark as one
 * {@code tmk:TrademarkApplication} and a design as one {@code dgn:DesignApplication} ({@code
 * application/xml}), a patent or utility model as its two documents {@code pat:BibliographicData}
 * and {@code pat:ApplicationBody} ({@code multipart/form-data} parts of those names). The IP right
 * is the {@code ipRight} query parameter, never guessed from the XML; the XML's root must be the
 * right's. The answer is the JSON filing's: 201, {@code Location}, ST.13 number and filing date.
 *
 * <p>Size: the request-size filter refuses bodies above the API limit ({@code
 * ipflow.api.max-request-bytes}, 413) before anything reads them, and the XML reader's own limit is
 * that same limit, so a document the filter lets through is never refused for its size by the
 * reader (and the limit is one, whatever the content type).
 */
@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = "Filings")
class St96FilingController {

  /** The parts of a patent or utility-model filing, in this order. */
  static final List<String> PATENT_PARTS = List.of("BibliographicData", "ApplicationBody");

  private static final int MAX_DEPTH = St96Reader.DEFAULT_MAX_DEPTH;

  private final IdempotentSubmission submissions;
  private final OfficeClock clock;
  private final St96Reader reader;

  St96FilingController(IdempotentSubmission submissions, OfficeClock clock, ApiProperties api) {
    this.submissions = submissions;
    this.clock = clock;
    this.reader =
        new St96Reader((int) Math.min(Integer.MAX_VALUE - 8, api.maxRequestBytes()), MAX_DEPTH);
  }

  @Operation(
      operationId = "fileSt96Xml",
      summary = "File a trade mark or design as ST.96 XML",
      description =
          "The body is one ST.96 V6.0 document, validated against the official schema:"
              + " tmk:TrademarkApplication (ipRight=TRADEMARK) or dgn:DesignApplication"
              + " (ipRight=DESIGN). Its application number is a placeholder the office replaces;"
              + " the office also dates the filing on receipt. DOCTYPEs are refused (no DTD, no"
              + " entity). Files the document references (mark image, views) cannot be fetched:"
              + " send them as further parts of a multipart/form-data request instead.",
      requestBody =
          @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_XML_VALUE,
                    schema = @Schema(type = "string", description = "ST.96 V6.0 XML document")),
                @Content(
                    mediaType = MediaType.TEXT_XML_VALUE,
                    schema = @Schema(type = "string", description = "ST.96 V6.0 XML document"))
              }),
      responses = @ApiResponse(responseCode = "201", description = "Filing received"))
  @FilingIntake
  @PostMapping(
      consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReceiptView> fileXml(
      @Parameter(
              description = "The IP right filed for: TRADEMARK or DESIGN (required)",
              schema = @Schema(allowableValues = {"TRADEMARK", "DESIGN"}))
          @RequestParam(name = "ipRight", required = false)
          String ipRight,
      @org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body,
      @RequestHeader(name = IdempotentSubmission.HEADER, required = false) String idempotencyKey,
      @AuthenticationPrincipal Jwt jwt) {
    IdempotentSubmission.validKey(idempotencyKey);
    IpRight right = ipRight(ipRight);
    String part = mainPart(right);
    FilingDocument document = read(right, part, body == null ? new byte[0] : body);
    return submit(
        right,
        document,
        List.of(new St96FilingMapper.FiledXml(part, body)),
        List.of(),
        CurrentUser.of(jwt),
        idempotencyKey);
  }

  @Operation(
      operationId = "fileSt96Multipart",
      summary = "File any right as ST.96 XML documents with attached files",
      description =
          "multipart/form-data. Patents and utility models (ipRight=PATENT or UTILITY_MODEL):"
              + " parts BibliographicData and ApplicationBody, each an ST.96 V6.0 document"
              + " validated against its official schema. Trade marks and designs: part"
              + " TrademarkApplication or DesignApplication. Every further part is a file"
              + " (PDF, PNG or JPEG, with a file name): a file the XML references by name"
              + " (mark image, design view) becomes the representation; a part named after a"
              + " document kind (MARK_REPRESENTATION, DESIGN_REPRESENTATION, DESCRIPTION,"
              + " SUPPORTING_DOCUMENT) gets that kind; anything else is a supporting document."
              + " The right is the parameter's: a patent document whose"
              + " InventionSubjectMatterCategory is 'Utility' (a US utility patent) filed as"
              + " PATENT stays a patent.",
      requestBody =
          @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                      schema = @Schema(implementation = PatentParts.class))),
      responses = @ApiResponse(responseCode = "201", description = "Filing received"))
  @FilingIntake
  @PostMapping(
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ReceiptView> fileMultipart(
      @Parameter(
              description =
                  "The IP right filed for: TRADEMARK, DESIGN, PATENT or UTILITY_MODEL (required)",
              schema =
                  @Schema(allowableValues = {"TRADEMARK", "DESIGN", "PATENT", "UTILITY_MODEL"}))
          @RequestParam(name = "ipRight", required = false)
          String ipRight,
      HttpServletRequest request,
      @RequestHeader(name = IdempotentSubmission.HEADER, required = false) String idempotencyKey,
      @AuthenticationPrincipal Jwt jwt) {
    IdempotentSubmission.validKey(idempotencyKey);
    IpRight right = ipRight(ipRight);
    Map<String, List<Part>> parts = parts(request);
    List<String> documentParts =
        right == IpRight.PATENT || right == IpRight.UTILITY_MODEL
            ? PATENT_PARTS
            : List.of(mainPart(right));
    List<InvalidSt96Exception.Error> missing = new ArrayList<>();
    List<St96FilingMapper.FiledXml> xml = new ArrayList<>();
    for (String name : documentParts) {
      List<Part> found = parts.getOrDefault(name, List.of());
      if (found.size() != 1) {
        missing.add(
            new InvalidSt96Exception.Error(
                name,
                null,
                null,
                found.isEmpty()
                    ? "the part " + name + " is required for a " + right + " filing"
                    : "the part " + name + " is sent " + found.size() + " times"));
      } else {
        xml.add(new St96FilingMapper.FiledXml(name, bytes(found.get(0))));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidSt96Exception(missing);
    }
    List<St96FilingMapper.Attachment> attachments = new ArrayList<>();
    parts.forEach(
        (name, list) -> {
          if (!documentParts.contains(name)) {
            for (Part p : list) {
              attachments.add(attachment(name, p));
            }
          }
        });
    FilingDocument document =
        xml.size() == 2
            ? readPatent(right, xml.get(0).content(), xml.get(1).content())
            : read(right, xml.get(0).part(), xml.get(0).content());
    return submit(right, document, xml, attachments, CurrentUser.of(jwt), idempotencyKey);
  }

  private ResponseEntity<ReceiptView> submit(
      IpRight right,
      FilingDocument document,
      List<St96FilingMapper.FiledXml> xml,
      List<St96FilingMapper.Attachment> attachments,
      CurrentUser user,
      String idempotencyKey) {
    NewFiling filing =
        St96FilingMapper.toNewFiling(right, document, xml, attachments, clock.today());
    return submissions.submit(filing, user.subject(), idempotencyKey);
  }

  private FilingDocument read(IpRight right, String part, byte[] xml) {
    try {
      return reader.read(formats(right), xml);
    } catch (St96Exception e) {
      throw InvalidSt96Exception.of(e, part);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unreadable(part, e);
    }
  }

  private FilingDocument readPatent(IpRight right, byte[] bibliographicData, byte[] body) {
    try {
      return reader.read(formats(right), bibliographicData, body);
    } catch (St96Exception e) {
      throw InvalidSt96Exception.of(e, PATENT_PARTS.get(0));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw unreadable(PATENT_PARTS.get(0), e);
    }
  }

  /** Valid against the schema, but with a value the filing cannot hold (a Nice class 99...). */
  private static InvalidSt96Exception unreadable(String part, RuntimeException e) {
    return InvalidSt96Exception.of(
        part,
        "the document is valid ST.96 but cannot be read as a filing"
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  static IpRight ipRight(String value) {
    if (value == null || value.isBlank()) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-ip-right",
          "Missing or unknown IP right",
          "The query parameter ipRight is required: one of "
              + Arrays.toString(IpRight.values())
              + ". The right is never taken from the XML.");
    }
    try {
      return IpRight.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-ip-right",
          "Missing or unknown IP right",
          "Unknown IP right '"
              + value
              + "' in the query parameter ipRight: one of "
              + Arrays.toString(IpRight.values())
              + ".");
    }
  }

  static org.ipflow.formats.IpRight formats(IpRight right) {
    return org.ipflow.formats.IpRight.valueOf(right.name());
  }

  private static String mainPart(IpRight right) {
    return switch (right) {
      case TRADEMARK -> "TrademarkApplication";
      case DESIGN -> "DesignApplication";
      case PATENT, UTILITY_MODEL -> "BibliographicData";
    };
  }

  private static Map<String, List<Part>> parts(HttpServletRequest request) {
    Collection<Part> all;
    try {
      all = request.getParts();
    } catch (IOException | ServletException | IllegalStateException e) {
      throw new org.springframework.web.multipart.MultipartException(
          "cannot read the multipart body", e);
    }
    Map<String, List<Part>> byName = new LinkedHashMap<>();
    for (Part p : all) {
      if (p.getName() != null && !p.getName().isBlank() && !p.getName().equals("ipRight")) {
        byName.computeIfAbsent(p.getName(), k -> new ArrayList<>()).add(p);
      }
    }
    return byName;
  }

  private static St96FilingMapper.Attachment attachment(String name, Part part) {
    String fileName = part.getSubmittedFileName();
    if (fileName == null || fileName.isBlank()) {
      fileName = name;
    }
    String mediaType = part.getContentType();
    if (mediaType != null) {
      int parameters = mediaType.indexOf(';');
      mediaType =
          (parameters < 0 ? mediaType : mediaType.substring(0, parameters))
              .strip()
              .toLowerCase(Locale.ROOT);
    }
    return new St96FilingMapper.Attachment(name, fileName, mediaType, bytes(part));
  }

  private static byte[] bytes(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new org.springframework.web.multipart.MultipartException(
          "cannot read the part " + part.getName(), e);
    }
  }

  /** The parts of a patent or utility-model filing, for the OpenAPI document. */
  @Schema(name = "St96PatentParts")
  record PatentParts(
      @Schema(
              type = "string",
              format = "binary",
              description = "pat:BibliographicData (ST.96 V6.0), for PATENT and UTILITY_MODEL")
          byte[] BibliographicData,
      @Schema(
              type = "string",
              format = "binary",
              description = "pat:ApplicationBody (ST.96 V6.0), for PATENT and UTILITY_MODEL")
          byte[] ApplicationBody,
      @Schema(
              type = "string",
              format = "binary",
              description = "tmk:TrademarkApplication (ST.96 V6.0), for TRADEMARK")
          byte[] TrademarkApplication,
      @Schema(
              type = "string",
              format = "binary",
              description = "dgn:DesignApplication (ST.96 V6.0), for DESIGN")
          byte[] DesignApplication) {}
}
