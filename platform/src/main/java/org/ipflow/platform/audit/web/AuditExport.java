package org.ipflow.platform.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.ipflow.platform.audit.AuditEvent;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail as CSV (RFC 4180) or as JSON Lines, written row by row. */
final class AuditExport {

  static final String CSV_HEADER =
      "id,occurred_at,actor,actor_subject,roles,channel,method,path,action,resource_type,"
          + "resource_id,filing_id,status,outcome,remote_address,user_agent\r\n";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AuditExport() {}

  static void csv(AuditEvent e, Writer out) {
    String[] cells = {
      Long.toString(e.id()),
      e.occurredAt().toString(),
      e.actor(),
      e.actorSubject(),
      e.roles(),
      e.channel(),
      e.method(),
      e.path(),
      e.action(),
      e.resourceType(),
      e.resourceId(),
      e.filingId() == null ? null : e.filingId().toString(),
      Integer.toString(e.status()),
      e.outcome(),
      e.remoteAddress(),
      e.userAgent()
    };
    try {
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(csvCell(cells[i]));
      }
      out.write("\r\n");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static void jsonLine(AuditEvent e, Writer out) {
    try {
      out.write(JSON.writeValueAsString(e));
      out.write('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String csvCell(String value) {
    if (value == null) {
      return "";
    }
    // A leading =, +, - or @ would be a formula to a spreadsheet: quote it as text.
    boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    String escaped = formula ? "'" + value : value;
    if (escaped.contains(",")
        || escaped.contains("\"")
        || escaped.contains("\n")
        || escaped.contains("\r")
        || formula) {
      return "\"" + escaped.replace("\"", "\"\"") + "\"";
    }
    return escaped;
  }
}
