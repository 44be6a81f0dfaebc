package org.ipflow.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A filing's status history as legal-status events coded with WIPO ST.87 (marks), ST.88 (designs)
 * and ST.27 (patents, utility models). The tables and the editions they assume are documented in
 * {@code LegalStatusCodes}; codes not checked against an official artefact are flagged {@link
 * Code#uncertain()}.
 *
 * <p>Exports: for patents and utility models, XML per ST.96 {@code PatentLegalStatusData}
 * (validated against the official schema) and its JSON mirror; for marks and designs, ST.96 V6.0
 * has no legal-status document: JSON with the same element names as the patent one (root {@code
 * TrademarkLegalStatusData} / {@code DesignLegalStatusData}), and the events also travel inside the
 * ST.96 export of the filing ({@code tmk:MarkEventBag}, {@code dgn:DesignEventBag}).
 */
public final class LegalStatus {

  private LegalStatus() {}

  /**
   * A legal-status code.
   *
   * @param standard {@code ST.27}, {@code ST.87} or {@code ST.88}
   * @param stateCode A (active), N (not active), T (terminated) or U (unspecified)
   * @param stageCode the stage after the event: 1 filing, 2 examination, 3 challenge before grant
   *     or registration, 4 grant or registration, 5 challenge after it, 6 terminated
   * @param keyEventCode the key event (category letter + {@code 10}), e.g. {@code B10}
   * @param detailedEventCode the detailed event, e.g. {@code B12}
   * @param description what the detailed event means
   * @param uncertain true where the code could not be checked against an official code list
   */
  public record Code(
      String standard,
      String stateCode,
      String stageCode,
      String keyEventCode,
      String detailedEventCode,
      String description,
      boolean uncertain) {}

  /** An event of the history with its code and the stage it left the file in before. */
  public record CodedEvent(StatusEvent event, String previousStageCode, Code code) {}

  /** The code of {@code event} for {@code right}, with the stage it typically leaves. */
  public static Code code(IpRight right, ProcedureEvent event) {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(event, "event");
    LegalStatusCodes.Row row = LegalStatusCodes.table(right).get(event);
    return new Code(
        LegalStatusCodes.standard(right),
        row.state(),
        row.stage() == null ? defaultStage(event) : row.stage(),
        row.keyEvent(),
        row.detailedEvent(),
        row.description(),
        row.uncertain());
  }

  /**
   * The history coded in order: each event's previous stage is the stage the event before it left
   * the file in, and an event that does not move the stage (a publication, a withdrawal) keeps it.
   */
  public static List<CodedEvent> coded(IpRight right, List<StatusEvent> history) {
    List<CodedEvent> out = new ArrayList<>();
    String stage = null;
    for (StatusEvent e : history) {
      LegalStatusCodes.Row row = LegalStatusCodes.table(right).get(e.event());
      String previous = stage == null ? "1" : stage;
      String current = row.stage() != null ? row.stage() : previous;
      out.add(
          new CodedEvent(
              e,
              previous,
              new Code(
                  LegalStatusCodes.standard(right),
                  row.state(),
                  current,
                  row.keyEvent(),
                  row.detailedEvent(),
                  row.description(),
                  row.uncertain())));
      stage = current;
    }
    return out;
  }

  /**
   * The history as an ST.96 {@code PatentLegalStatusData} document (patents and utility models),
   * validated against the official schema; empty for marks and designs, which have no ST.96 V6.0
   * legal-status document.
   */
  public static Optional<byte[]> toSt96Xml(FilingDocument filing) {
    if (!filing.right().isPatentFamily()) {
      return Optional.empty();
    }
    byte[] xml =
        SafeXml.write(
            St96Document.PATENT_LEGAL_STATUS_DATA, LegalStatusMapping.patentLegalStatus(filing));
    SafeXml.validate(St96Document.PATENT_LEGAL_STATUS_DATA, xml, St96Writer.OUTPUT_LIMITS);
    return Optional.of(xml);
  }

  /** The history as JSON with ST.96 element names (see the class comment for marks and designs). */
  public static String toJson(FilingDocument filing) {
    if (filing.right().isPatentFamily()) {
      return St97Json.render(LegalStatusMapping.patentLegalStatus(filing));
    }
    return St97Json.render(LegalStatusMapping.otherLegalStatus(filing));
  }

  private static String defaultStage(ProcedureEvent event) {
    return switch (event) {
      case FILING_DATE_ACCORDED -> "1";
      case PUBLISHED, REFUSED, WITHDRAWN, DEEMED_WITHDRAWN -> "2";
      default -> "4";
    };
  }
}
