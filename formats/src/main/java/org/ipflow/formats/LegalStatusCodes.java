package org.ipflow.formats;

import static org.ipflow.formats.ProcedureEvent.DEEMED_WITHDRAWN;
import static org.ipflow.formats.ProcedureEvent.EXPIRED;
import static org.ipflow.formats.ProcedureEvent.FILING_DATE_ACCORDED;
import static org.ipflow.formats.ProcedureEvent.GRANTED;
import static org.ipflow.formats.ProcedureEvent.LAPSED;
import static org.ipflow.formats.ProcedureEvent.OPPOSITION_FILED;
import static org.ipflow.formats.ProcedureEvent.PUBLISHED;
import static org.ipflow.formats.ProcedureEvent.RECEIVED;
import static org.ipflow.formats.ProcedureEvent.REFUSED;
import static org.ipflow.formats.ProcedureEvent.REGISTERED;
import static org.ipflow.formats.ProcedureEvent.RENEWED;
import static org.ipflow.formats.ProcedureEvent.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;

/**
 * The mapping tables from the platform's events to WIPO legal-status codes. A code is a state (A
 * active, N not active, T terminated, U unspecified), the stage the event leaves the file in (1
 * filing, 2 examination, 3 challenge before registration or grant, 4 registration or grant, 5
 * challenge after it, 6 terminated; {@code null}: the event does not move the stage), a key event
 * (category letter + "10") and a detailed event.
 *
 * <p><b>ST.27</b> (patents, utility models): edition as revised by the CWS at its 8th session
 * (December 2020); every key and detailed event used here is in the code lists of the official
 * ST.96 V6.0 {@code PatentLegalStatusData_V6_0.xsd} (and the export is validated against them).
 *
 * <p><b>ST.87</b> (marks) and <b>ST.88</b> (designs): editions as adopted by the CWS at its 9th
 * session (2021). They follow the model of ST.27 (same states, six stages, categories A to Y with
 * key events X10); the detailed events below are given as the ST.27 detailed event of the same
 * meaning. ST.96 V6.0 carries no code list for them, so they could not be checked against an
 * official artefact here: every ST.87 / ST.88 row is marked {@code uncertain} and should be checked
 * against the published standards before it is relied on.
 */
final class LegalStatusCodes {

  private LegalStatusCodes() {}

  /** One row of a table. */
  record Row(
      String state,
      String stage,
      String keyEvent,
      String detailedEvent,
      String description,
      boolean uncertain) {}

  static final Map<ProcedureEvent, Row> ST27_PATENT = new EnumMap<>(ProcedureEvent.class);
  static final Map<ProcedureEvent, Row> ST27_UTILITY_MODEL = new EnumMap<>(ProcedureEvent.class);
  static final Map<ProcedureEvent, Row> ST87 = new EnumMap<>(ProcedureEvent.class);
  static final Map<ProcedureEvent, Row> ST88 = new EnumMap<>(ProcedureEvent.class);

  static {
    // ST.27, patents: numbers and dates recorded at receipt (A12); publication at 18 months (Q12);
    // grant after substantive examination (F11); opposition after grant (L11).
    ST27_PATENT.put(RECEIVED, row("A", "1", "A10", "A12", "National application filed"));
    // No ST.27 event of its own: A12 already records the filing date. Sent as "other event" with
    // the platform's name as national event code. (Uncertain: offices map this differently.)
    ST27_PATENT.put(
        FILING_DATE_ACCORDED,
        uncertain("A", null, "W10", "W00", "Filing date accorded (no ST.27 detailed event)"));
    ST27_PATENT.put(PUBLISHED, row("A", null, "Q10", "Q12", "Application published"));
    ST27_PATENT.put(OPPOSITION_FILED, row("A", "5", "L10", "L11", "Post-grant opposition filed"));
    ST27_PATENT.put(
        GRANTED, row("A", "4", "F10", "F11", "IP right granted following substantive examination"));
    ST27_PATENT.put(
        REGISTERED,
        row("A", "4", "F10", "F11", "IP right granted following substantive examination"));
    ST27_PATENT.put(
        REFUSED, row("N", null, "B10", "B15", "Application refused following examination"));
    ST27_PATENT.put(WITHDRAWN, row("N", null, "B10", "B11", "Application withdrawn"));
    ST27_PATENT.put(
        DEEMED_WITHDRAWN,
        row("N", null, "B10", "B12", "Application deemed to be withdrawn, abandoned or lapsed"));
    ST27_PATENT.put(RENEWED, row("A", null, "U10", "U11", "Full renewal or maintenance fee paid"));
    ST27_PATENT.put(LAPSED, row("N", null, "H10", "H13", "IP right lapsed"));
    ST27_PATENT.put(EXPIRED, row("T", "6", "H10", "H14", "IP right expired"));

    // ST.27, utility models: registered after formalities only (F12); otherwise as patents.
    ST27_UTILITY_MODEL.putAll(ST27_PATENT);
    ST27_UTILITY_MODEL.put(
        REGISTERED,
        row("A", "4", "F10", "F12", "IP right granted following formality examination"));
    ST27_UTILITY_MODEL.put(
        GRANTED, row("A", "4", "F10", "F12", "IP right granted following formality examination"));
    // Utility models have no opposition in most laws; an opposition is an invalidation request.
    ST27_UTILITY_MODEL.put(
        OPPOSITION_FILED, uncertain("A", "5", "L10", "L15", "Invalidation requested"));

    // ST.87, marks: publication, then opposition before registration (E), then registration.
    ST87.put(RECEIVED, uncertain("A", "1", "A10", "A12", "Application filed"));
    ST87.put(
        FILING_DATE_ACCORDED,
        uncertain("A", null, "W10", "W00", "Filing date accorded (no detailed event)"));
    ST87.put(PUBLISHED, uncertain("A", "2", "Q10", "Q12", "Application published"));
    ST87.put(OPPOSITION_FILED, uncertain("A", "3", "E10", "E11", "Opposition filed"));
    ST87.put(REGISTERED, uncertain("A", "4", "F10", "F11", "Mark registered"));
    ST87.put(GRANTED, uncertain("A", "4", "F10", "F11", "Mark registered"));
    ST87.put(REFUSED, uncertain("N", null, "B10", "B15", "Application refused"));
    ST87.put(WITHDRAWN, uncertain("N", null, "B10", "B11", "Application withdrawn"));
    ST87.put(DEEMED_WITHDRAWN, uncertain("N", null, "B10", "B12", "Application deemed withdrawn"));
    ST87.put(RENEWED, uncertain("A", null, "U10", "U11", "Renewal fee paid"));
    ST87.put(LAPSED, uncertain("N", null, "H10", "H13", "Registration lapsed (not renewed)"));
    ST87.put(EXPIRED, uncertain("T", "6", "H10", "H14", "Registration expired"));

    // ST.88, designs: registration after formalities (F12), publication after registration (Q13:
    // the registered design is published), challenges after registration (L).
    ST88.put(RECEIVED, uncertain("A", "1", "A10", "A12", "Application filed"));
    ST88.put(
        FILING_DATE_ACCORDED,
        uncertain("A", null, "W10", "W00", "Filing date accorded (no detailed event)"));
    ST88.put(REGISTERED, uncertain("A", "4", "F10", "F12", "Design registered"));
    ST88.put(GRANTED, uncertain("A", "4", "F10", "F12", "Design registered"));
    ST88.put(PUBLISHED, uncertain("A", null, "Q10", "Q13", "Registered design published"));
    ST88.put(OPPOSITION_FILED, uncertain("A", "5", "L10", "L11", "Opposition filed"));
    ST88.put(REFUSED, uncertain("N", null, "B10", "B15", "Application refused"));
    ST88.put(WITHDRAWN, uncertain("N", null, "B10", "B11", "Application withdrawn"));
    ST88.put(DEEMED_WITHDRAWN, uncertain("N", null, "B10", "B12", "Application deemed withdrawn"));
    ST88.put(RENEWED, uncertain("A", null, "U10", "U11", "Renewal fee paid"));
    ST88.put(LAPSED, uncertain("N", null, "H10", "H13", "Registration lapsed (not renewed)"));
    ST88.put(EXPIRED, uncertain("T", "6", "H10", "H14", "Registration expired"));
  }

  static String standard(IpRight right) {
    return switch (right) {
      case PATENT, UTILITY_MODEL -> "ST.27";
      case TRADEMARK -> "ST.87";
      case DESIGN -> "ST.88";
    };
  }

  static Map<ProcedureEvent, Row> table(IpRight right) {
    return switch (right) {
      case PATENT -> ST27_PATENT;
      case UTILITY_MODEL -> ST27_UTILITY_MODEL;
      case TRADEMARK -> ST87;
      case DESIGN -> ST88;
    };
  }

  private static Row row(String state, String stage, String key, String detail, String text) {
    return new Row(state, stage, key, detail, text, false);
  }

  private static Row uncertain(String state, String stage, String key, String detail, String text) {
    return new Row(state, stage, key, detail, text, true);
  }
}
