package org.ipflow.platform.audit.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.ipflow.platform.audit.AuditEvent;
import org.ipflow.platform.audit.AuditQuery;
import org.ipflow.platform.audit.AuditTrail;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit trail for admins: a page of rows as JSON, or everything that matches as a file. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl;charset=UTF-8");

  private final AuditTrail trail;
  private final AuditFilters filters;

  AuditController(AuditTrail trail, AuditFilters filters) {
    this.trail = trail;
    this.filters = filters;
  }

  /** Rows oldest first; {@code next} is the {@code after} value for the following page. */
  record AuditPage(List<AuditEvent> items, Long next) {}

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  AuditPage page(
      @RequestParam(required = false) String filing,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) Long after,
      @RequestParam(defaultValue = "100") int limit) {
    AuditQuery query = filters.query(filing, actor, outcome, from, to, after, limit);
    List<AuditEvent> items = trail.find(query);
    Long next = items.size() < limit ? null : items.get(items.size() - 1).id();
    return new AuditPage(items, next);
  }

  @GetMapping("/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) String filing,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return export(
        trail, filters.query(filing, actor, outcome, from, to, 0L, AuditQuery.MAX_LIMIT), format);
  }

  /** Shared with the admin's page: streams every matching row in pages of the maximum size. */
  static ResponseEntity<StreamingResponseBody> export(
      AuditTrail trail, AuditQuery first, String format) {
    boolean csv =
        switch (format) {
          case "csv" -> true;
          case "jsonl" -> false;
          default ->
              throw new ApiProblem(
                  HttpStatus.BAD_REQUEST,
                  "invalid-parameter",
                  "Invalid parameter",
                  "The parameter 'format' must be csv or jsonl.");
        };
    BiConsumer<AuditEvent, Writer> line = csv ? AuditExport::csv : AuditExport::jsonLine;
    StreamingResponseBody body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          if (csv) {
            writer.write(AuditExport.CSV_HEADER);
          }
          long after = first.afterId();
          while (true) {
            List<AuditEvent> rows = trail.find(first.next(after, AuditQuery.MAX_LIMIT));
            for (AuditEvent row : rows) {
              line.accept(row, writer);
            }
            writer.flush();
            if (rows.size() < AuditQuery.MAX_LIMIT) {
              break;
            }
            after = rows.get(rows.size() - 1).id();
          }
        };
    return ResponseEntity.ok()
        .contentType(csv ? TEXT_CSV : JSON_LINES)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"ipflow-audit." + (csv ? "csv" : "jsonl") + "\"")
        .body(body);
  }
}
