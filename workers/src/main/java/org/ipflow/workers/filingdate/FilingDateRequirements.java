package org.ipflow.workers.filingdate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.application.ApplicationSnapshot;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * Are the elements present without which an application gets no filing date? Marks: an applicant, a
 * representation of the mark and a list of goods and services; designs: an applicant and a
 * reproduction; patents and utility models: an applicant and a description or a reference to an
 * earlier application. Anything else missing is a formality, remedied without losing the date.
 */
public final class FilingDateRequirements {

  public static final String TYPE = "filing-date-requirements";
  public static final String VERSION = "1.0.0";
  public static final String MET = "MET";
  public static final String MISSING = "MISSING";
  static final String LEGAL_BASIS =
      "Minimum requirements for a filing date (Singapore Treaty Art. 5; Hague Agreement Art. 9;"
          + " Patent Law Treaty Art. 5)";

  public Decision decide(Application application) {
    List<Reason> missing = new ArrayList<>();
    if (isBlank(application.applicant().name())) {
      missing.add(new Reason("FD01", "The applicant is not identified: the name is missing."));
    }
    switch (application.right()) {
      case TRADEMARK -> {
        if (isBlank(application.markText()) && !application.markImagePresent()) {
          missing.add(new Reason("FD10", "There is no representation of the mark."));
        }
        boolean anyTerm =
            application.goodsAndServices().stream()
                .flatMap(c -> c.terms().stream())
                .anyMatch(t -> !isBlank(t));
        if (!anyTerm) {
          missing.add(new Reason("FD11", "There is no list of goods or services."));
        }
      }
      case DESIGN -> {
        if (application.designRepresentations() == 0) {
          missing.add(new Reason("FD20", "There is no reproduction of the design."));
        }
      }
      case PATENT, UTILITY_MODEL -> {
        Application.Invention invention = application.invention();
        boolean description =
            application.descriptionDocumentPresent()
                || (invention != null && !isBlank(invention.description()));
        boolean reference = invention != null && invention.earlierApplication() != null;
        if (!description && !reference) {
          missing.add(
              new Reason(
                  "FD30",
                  "There is neither a description nor a reference to an earlier application."));
        }
      }
    }
    List<Reason> reasons =
        missing.isEmpty()
            ? List.of(
                new Reason(
                    "FD00",
                    "Every element required for a filing date of a "
                        + application.right()
                        + " application is present."))
            : missing;
    return new Decision(
        TYPE,
        VERSION,
        missing.isEmpty() ? MET : MISSING,
        reasons,
        ApplicationSnapshot.of(application),
        Map.of("missingCount", missing.size()),
        LEGAL_BASIS);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
