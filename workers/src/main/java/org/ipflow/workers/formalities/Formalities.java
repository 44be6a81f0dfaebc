package org.ipflow.workers.formalities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ipflow.workers.application.Application;
import org.ipflow.workers.application.ApplicationSnapshot;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.Reason;

/**
 * The formal requirements of an application of any right, once it has a filing date: language,
 * representation of applicants from abroad, and what each right's application must contain. Every
 * deficiency names the consequence it has if not remedied in time: here, withdrawal of the
 * application.
 */
public final class Formalities {

  public static final String TYPE = "formalities";
  public static final String VERSION = "2.0.0";
  public static final String COMPLETE = "COMPLETE";
  public static final String DEFICIENT = "DEFICIENT";
  public static final String WITHDRAWAL = "WITHDRAWAL";
  static final String LEGAL_BASIS =
      "Formal requirements of applications (Singapore Treaty Art. 3 and 4; Hague Agreement Art. 5;"
          + " Patent Law Treaty Art. 6 and 7)";

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_DESIGNS = 100;

  public Decision decide(Application application, OfficeRules office) {
    List<Reason> deficiencies = new ArrayList<>();
    String country = application.applicant().country();
    if (country == null || !COUNTRIES.contains(country)) {
      deficiencies.add(
          Reason.of(
              "F02",
              "The applicant's country '"
                  + country
                  + "' is not an ISO 3166-1 alpha-2 country code.",
              country));
    }
    String language = application.languageOfProceedings();
    if (language == null || !office.languages().contains(language)) {
      deficiencies.add(
          Reason.of(
              "F10",
              "The language of proceedings '"
                  + language
                  + "' is not one of the office's languages "
                  + new TreeSet<>(office.languages())
                  + ".",
              language,
              new TreeSet<>(office.languages())));
    }
    if (country != null
        && COUNTRIES.contains(country)
        && !country.equals(office.territory())
        && application.representative() == null) {
      deficiencies.add(
          Reason.of(
              "F11",
              "An applicant with neither domicile nor establishment in "
                  + office.territory()
                  + " must appoint a representative.",
              office.territory()));
    }
    switch (application.right()) {
      case TRADEMARK -> checkGoodsAndServices(application.goodsAndServices(), deficiencies);
      case DESIGN -> checkDesigns(application.designs(), deficiencies);
      case PATENT, UTILITY_MODEL -> checkInvention(application.invention(), deficiencies);
    }

    List<Reason> reasons =
        deficiencies.isEmpty()
            ? List.of(
                new Reason(
                    "F00", "Every formal requirement of a " + application.right() + " is met."))
            : deficiencies;
    List<Map<String, Object>> consequences = new ArrayList<>();
    for (Reason deficiency : deficiencies) {
      consequences.add(Map.of("code", deficiency.code(), "consequence", WITHDRAWAL));
    }
    Map<String, Object> inputs = new LinkedHashMap<>(ApplicationSnapshot.of(application));
    inputs.put("officeTerritory", office.territory());
    inputs.put("officeLanguages", new ArrayList<>(new TreeSet<>(office.languages())));
    return new Decision(
        TYPE,
        VERSION,
        deficiencies.isEmpty() ? COMPLETE : DEFICIENT,
        reasons,
        inputs,
        Map.of("deficiencies", consequences),
        LEGAL_BASIS);
  }

  private static void checkGoodsAndServices(
      List<Application.ClassTerms> classes, List<Reason> deficiencies) {
    Set<Integer> seen = new HashSet<>();
    for (Application.ClassTerms entry : classes) {
      int niceClass = entry.niceClass();
      if (niceClass < 1 || niceClass > 45) {
        deficiencies.add(
            Reason.of(
                "F05",
                "Class " + niceClass + " is not a class of the Nice classification (1-45).",
                niceClass));
      }
      if (!seen.add(niceClass)) {
        deficiencies.add(
            Reason.of(
                "F06",
                "Class " + niceClass + " is listed more than once; list it once.",
                niceClass));
      }
      if (entry.terms().isEmpty() || entry.terms().stream().anyMatch(Formalities::isBlank)) {
        deficiencies.add(
            Reason.of(
                "F07",
                "Class " + niceClass + " has no goods or services, or an empty term.",
                niceClass));
      }
    }
  }

  private static void checkDesigns(List<Application.Design> designs, List<Reason> deficiencies) {
    if (designs.size() > MAX_DESIGNS) {
      deficiencies.add(
          Reason.of(
              "F22",
              "A multiple application may contain at most " + MAX_DESIGNS + " designs.",
              MAX_DESIGNS));
    }
    Set<String> locarnoClasses = new HashSet<>();
    for (int i = 0; i < designs.size(); i++) {
      Application.Design design = designs.get(i);
      if (isBlank(design.productIndication())) {
        deficiencies.add(
            Reason.of(
                "F20",
                "Design " + (i + 1) + " does not indicate the product it applies to.",
                i + 1));
      }
      if (design.locarnoClass() != null && design.locarnoClass().length() >= 2) {
        locarnoClasses.add(design.locarnoClass().substring(0, 2));
      }
    }
    if (locarnoClasses.size() > 1) {
      deficiencies.add(
          Reason.of(
              "F21",
              "The designs of a multiple application belong to one Locarno class; these belong to "
                  + new TreeSet<>(locarnoClasses)
                  + ".",
              new TreeSet<>(locarnoClasses)));
    }
  }

  private static void checkInvention(Application.Invention invention, List<Reason> deficiencies) {
    if (invention == null || isBlank(invention.title())) {
      deficiencies.add(new Reason("F30", "The invention has no title."));
    }
    if (invention == null || invention.claimsCount() < 1) {
      deficiencies.add(new Reason("F31", "The application contains no claim."));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
