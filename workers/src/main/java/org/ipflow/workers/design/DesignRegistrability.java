package org.ipflow.workers.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Formal registrability of a design application: each design names its product, carries a Locarno
 * classification that exists, and is shown by at least one reproduction. Designs are registered
 * without substantive examination of novelty; what this check cannot settle goes to a design
 * examiner.
 */
public final class DesignRegistrability {

  public static final String TYPE = "design-registrability";
  public static final String VERSION = "1.0.0";
  public static final String REGISTRABLE = "REGISTRABLE";
  public static final String REVIEW = "REVIEW";
  static final String LEGAL_BASIS =
      "Registration of designs after examination as to form (Hague Agreement Art. 12; Locarno"
          + " Agreement Art. 2)";
  private static final Pattern LOCARNO = Pattern.compile("(\\d{2})-(\\d{2})");
  private static final int LOCARNO_CLASSES = 32;

  public Decision decide(List<Application.Design> designs, int representations) {
    List<Reason> findings = new ArrayList<>();
    for (int i = 0; i < designs.size(); i++) {
      Application.Design design = designs.get(i);
      String locarno = design.locarnoClass();
      var matcher = locarno == null ? null : LOCARNO.matcher(locarno);
      if (matcher == null || !matcher.matches()) {
        findings.add(
            Reason.of(
                "DR01",
                "Design " + (i + 1) + " has no Locarno classification of the form cc-ss.",
                i + 1));
      } else {
        int locarnoClass = Integer.parseInt(matcher.group(1));
        if (locarnoClass < 1 || locarnoClass > LOCARNO_CLASSES) {
          findings.add(
              Reason.of(
                  "DR02",
                  "Design " + (i + 1) + ": Locarno class " + locarnoClass + " does not exist.",
                  i + 1,
                  locarnoClass));
        }
      }
    }
    if (representations < designs.size()) {
      findings.add(
          Reason.of(
              "DR03",
              designs.size()
                  + " designs but "
                  + representations
                  + " reproductions: each design needs at least one.",
              designs.size(),
              representations));
    }
    List<Reason> reasons =
        findings.isEmpty()
            ? List.of(new Reason("DR00", "The designs are registrable as to form."))
            : findings;
    Map<String, Object> inputs = new LinkedHashMap<>();
    List<Map<String, Object>> snapshot = new ArrayList<>();
    for (Application.Design design : designs) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("productIndication", design.productIndication());
      d.put("locarnoClass", design.locarnoClass());
      snapshot.add(d);
    }
    inputs.put("designs", snapshot);
    inputs.put("representations", representations);
    return new Decision(
        TYPE,
        VERSION,
        findings.isEmpty() ? REGISTRABLE : REVIEW,
        reasons,
        inputs,
        Map.of(),
        LEGAL_BASIS);
  }
}
