package org.ipflow.workers.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger snapshot of an application: every field a decision may read, nulls included. */
public final class ApplicationSnapshot {

  private ApplicationSnapshot() {}

  public static Map<String, Object> of(Application application) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("right", application.right().name());
    snapshot.put("languageOfProceedings", application.languageOfProceedings());
    snapshot.put("applicant", party(application.applicant()));
    snapshot.put(
        "representative",
        application.representative() == null ? null : party(application.representative()));
    snapshot.put("markText", application.markText());
    snapshot.put("markImagePresent", application.markImagePresent());
    List<Map<String, Object>> classes = new ArrayList<>();
    for (Application.ClassTerms c : application.goodsAndServices()) {
      classes.add(Map.of("niceClass", c.niceClass(), "terms", c.terms()));
    }
    snapshot.put("goodsAndServices", classes);
    List<Map<String, Object>> designs = new ArrayList<>();
    for (Application.Design d : application.designs()) {
      Map<String, Object> design = new LinkedHashMap<>();
      design.put("productIndication", d.productIndication());
      design.put("locarnoClass", d.locarnoClass());
      designs.add(design);
    }
    snapshot.put("designs", designs);
    snapshot.put("designRepresentations", application.designRepresentations());
    Application.Invention invention = application.invention();
    if (invention == null) {
      snapshot.put("invention", null);
    } else {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("title", invention.title());
      i.put("description", invention.description());
      i.put("claimsCount", invention.claimsCount());
      i.put("earlierApplication", claim(invention.earlierApplication()));
      i.put("ipcSymbols", invention.ipcSymbols());
      snapshot.put("invention", i);
    }
    snapshot.put("descriptionDocumentPresent", application.descriptionDocumentPresent());
    List<Map<String, Object>> claims = new ArrayList<>();
    for (Application.PriorityClaim claim : application.priorityClaims()) {
      claims.add(claim(claim));
    }
    snapshot.put("priorityClaims", claims);
    return snapshot;
  }

  private static Map<String, Object> party(Application.Party party) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", party.name());
    p.put("country", party.country());
    p.put("address", party.address());
    p.put("kind", party.kind());
    p.put("sme", party.sme());
    return p;
  }

  private static Map<String, Object> claim(Application.PriorityClaim claim) {
    if (claim == null) {
      return null;
    }
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("office", claim.office());
    c.put("applicationNumber", claim.applicationNumber());
    c.put("date", claim.date() == null ? null : claim.date().toString());
    return c;
  }
}
