package org.ipflow.platform.audit.web;

import java.util.List;
import org.ipflow.platform.audit.AuditEvent;
import org.ipflow.platform.audit.AuditQuery;
import org.ipflow.platform.audit.AuditTrail;
import org.ipflow.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The admin's page: the audit trail of a filing (or of a user), with the same filters as the API.
 */
@Controller
class AuditPage {

  private static final int PAGE_SIZE = 200;

  private final AuditTrail trail;
  private final AuditFilters filters;

  AuditPage(AuditTrail trail, AuditFilters filters) {
    this.trail = trail;
    this.filters = filters;
  }

  @GetMapping("/admin/audit")
  String show(
      @RequestParam(required = false) String filing,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) Long after,
      Authentication caller,
      Model model) {
    model.addAttribute("user", CurrentUser.userNameOf(caller));
    model.addAttribute("filing", filing == null ? "" : filing);
    model.addAttribute("actor", actor == null ? "" : actor);
    model.addAttribute("outcome", outcome == null ? "" : outcome);
    try {
      AuditQuery query = filters.query(filing, actor, outcome, null, null, after, PAGE_SIZE);
      List<AuditEvent> rows = trail.find(query);
      model.addAttribute("rows", rows);
      model.addAttribute("next", rows.size() < PAGE_SIZE ? null : rows.get(rows.size() - 1).id());
      model.addAttribute(
          "filingNumber",
          query.filingId() == null ? null : filters.applicationNumber(query.filingId()));
    } catch (AuditFilters.InvalidFilter problem) {
      model.addAttribute("rows", List.of());
      model.addAttribute("error", problem.getMessage());
      model.addAttribute("errorField", problem.parameter());
    }
    return "admin/audit";
  }

  @GetMapping("/admin/audit/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) String filing,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String outcome) {
    return AuditController.export(
        trail, filters.query(filing, actor, outcome, null, null, 0L, AuditQuery.MAX_LIMIT), format);
  }
}
