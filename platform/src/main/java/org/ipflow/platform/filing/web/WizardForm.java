package org.ipflow.platform.filing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.office.OfficeProperties;
import org.ipflow.platform.web.StorableText;
import org.springframework.util.MultiValueMap;

/**
 * A wizard step's form, read into the filing request: blank fields are absent, a blank row is no
 * row, and what is not a number where a number is asked is a problem of its own (the rest of the
 * checks are the API's).
 */
final class WizardForm {

  private final MultiValueMap<String, String> form;
  private final List<Problem> problems = new ArrayList<>();

  WizardForm(MultiValueMap<String, String> form) {
    this.form = form;
  }

  List<Problem> problems() {
    return problems;
  }

  /**
   * A field's value. Characters the office cannot store (see {@link StorableText}) are left out of
   * what the draft keeps, and the field is shown with an error, so that the draft stays storable.
   */
  String value(String name) {
    String value = form.getFirst(name);
    if (value != null && StorableText.problem(value).isPresent()) {
      problems.add(Problem.of("/" + name.replace('-', '/'), "wizard.error.text"));
      value = StorableText.storablePart(value);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  WizardDraft apply(FilingWizard.Step step, WizardDraft draft, OfficeProperties office) {
    FilingRequest f = draft.filing();
    return switch (step) {
      case RIGHT -> {
        String right = value("ipRight");
        String language = value("languageOfProceedings");
        yield draft.with(WizardDraft.rightChanged(f, right, language));
      }
      case WHO -> draft.with(WizardDraft.parties(f, applicant(), representative()));
      case WHAT -> what(draft);
      case CLASSES -> classes(draft);
      case PRIORITY -> draft.with(WizardDraft.priorities(f, priorities()));
      case DOCUMENTS -> {
        String remove = value("remove");
        List<FilingRequest.Document> documents = new ArrayList<>(draft.documents());
        if (remove != null && remove.matches("\\d{1,3}")) {
          int index = Integer.parseInt(remove);
          if (index < documents.size()) {
            documents.remove(index);
          }
        }
        yield draft.with(WizardDraft.documents(f, documents));
      }
      case FEES, REVIEW -> draft;
    };
  }

  private FilingRequest.Applicant applicant() {
    String kind = value("applicant-kind");
    Boolean sme = "true".equals(value("applicant-sme")) ? Boolean.TRUE : null;
    return new FilingRequest.Applicant(
        value("applicant-name"),
        value("applicant-country"),
        value("applicant-address"),
        value("applicant-email"),
        kind,
        sme,
        null);
  }

  private FilingRequest.Representative representative() {
    String name = value("representative-name");
    String country = value("representative-country");
    String address = value("representative-address");
    String email = value("representative-email");
    if (name == null && country == null && address == null && email == null) {
      return null;
    }
    return new FilingRequest.Representative(name, country, address, email, null);
  }

  private WizardDraft what(WizardDraft draft) {
    FilingRequest f = draft.filing();
    IpRight right = right(f);
    if (right == null) {
      return draft;
    }
    return switch (right) {
      case TRADEMARK -> {
        String kind =
            WizardDraft.FIGURATIVE.equals(value("markKind"))
                ? WizardDraft.FIGURATIVE
                : WizardDraft.WORD;
        yield draft
            .withMarkKind(kind)
            .with(
                WizardDraft.subject(
                    f,
                    new FilingRequest.Mark(value("mark-text")),
                    f.goodsAndServices(),
                    null,
                    null,
                    null));
      }
      case DESIGN -> {
        List<FilingRequest.Design> before = f.designs() == null ? List.of() : f.designs();
        List<FilingRequest.Design> designs = new ArrayList<>();
        for (int i : indices("designs")) {
          String product = value("designs-" + i + "-productIndication");
          if (product != null) {
            String locarno = i < before.size() ? before.get(i).locarnoClass() : null;
            designs.add(new FilingRequest.Design(product, locarno));
          }
        }
        yield draft.with(
            WizardDraft.subject(
                f,
                null,
                null,
                designs.isEmpty() ? null : designs,
                f.deferPublicationMonths(),
                null));
      }
      case PATENT, UTILITY_MODEL -> {
        FilingRequest.Invention before = f.invention();
        FilingRequest.Priority earlier =
            priority(
                "invention-earlierApplication-office",
                "invention-earlierApplication-applicationNumber",
                "invention-earlierApplication-date");
        yield draft.with(
            WizardDraft.subject(
                f,
                null,
                null,
                null,
                null,
                new FilingRequest.Invention(
                    value("invention-title"),
                    value("invention-description"),
                    before == null ? null : before.claimsCount(),
                    earlier,
                    null)));
      }
    };
  }

  private WizardDraft classes(WizardDraft draft) {
    FilingRequest f = draft.filing();
    IpRight right = right(f);
    if (right == null) {
      return draft;
    }
    return switch (right) {
      case TRADEMARK -> {
        List<FilingRequest.ClassTerms> goods = new ArrayList<>();
        for (int i : indices("goodsAndServices")) {
          String at = "goodsAndServices-" + i;
          Integer niceClass = number(at + "-niceClass");
          List<String> terms = terms(value(at + "-terms"));
          if (niceClass != null || !terms.isEmpty()) {
            goods.add(new FilingRequest.ClassTerms(niceClass, terms));
          }
        }
        yield draft.with(
            WizardDraft.subject(f, f.mark(), goods.isEmpty() ? null : goods, null, null, null));
      }
      case DESIGN -> {
        List<FilingRequest.Design> designs = new ArrayList<>();
        List<FilingRequest.Design> before = f.designs() == null ? List.of() : f.designs();
        for (int i = 0; i < before.size(); i++) {
          designs.add(
              new FilingRequest.Design(
                  before.get(i).productIndication(), value("designs-" + i + "-locarnoClass")));
        }
        yield draft.with(
            WizardDraft.subject(
                f,
                null,
                null,
                designs.isEmpty() ? null : designs,
                number("deferPublicationMonths"),
                null));
      }
      case PATENT, UTILITY_MODEL -> {
        FilingRequest.Invention before =
            f.invention() == null
                ? new FilingRequest.Invention(null, null, null, null, null)
                : f.invention();
        yield draft.with(
            WizardDraft.subject(
                f,
                null,
                null,
                null,
                null,
                new FilingRequest.Invention(
                    before.title(),
                    before.description(),
                    number("invention-claimsCount"),
                    before.earlierApplication(),
                    before.ipcSymbols())));
      }
    };
  }

  private List<FilingRequest.Priority> priorities() {
    List<FilingRequest.Priority> claims = new ArrayList<>();
    for (int i : indices("priorityClaims")) {
      String at = "priorityClaims-" + i;
      FilingRequest.Priority claim =
          priority(at + "-office", at + "-applicationNumber", at + "-date");
      if (claim != null) {
        claims.add(claim);
      }
    }
    return claims;
  }

  private FilingRequest.Priority priority(String office, String number, String date) {
    String o = value(office);
    String n = value(number);
    String d = value(date);
    if (o == null && n == null && d == null) {
      return null;
    }
    return new FilingRequest.Priority(
        o == null ? null : o.toUpperCase(java.util.Locale.ROOT), n, d);
  }

  private Integer number(String name) {
    String value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.matches("-?\\d{1,6}")) {
      problems.add(Problem.of("/" + name.replace('-', '/'), "wizard.error.number"));
      return null;
    }
    return Integer.valueOf(value);
  }

  /** One term per line (or separated by semicolons), as a list of goods is usually written. */
  static List<String> terms(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\r\\n;]+"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** The row numbers of a repeated group that the form holds, in order. */
  private List<Integer> indices(String group) {
    Pattern row = Pattern.compile(Pattern.quote(group) + "-(\\d{1,3})-.*");
    TreeSet<Integer> found = new TreeSet<>();
    for (String name : form.keySet()) {
      Matcher m = row.matcher(name);
      if (m.matches()) {
        found.add(Integer.valueOf(m.group(1)));
      }
    }
    return List.copyOf(found);
  }

  private static IpRight right(FilingRequest f) {
    try {
      return f.ipRight() == null ? null : IpRight.valueOf(f.ipRight());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A row of Nice class and terms on the page: those filed so far, and one blank to add. */
  record GoodsRow(Integer niceClass, String terms) {}

  static List<GoodsRow> goodsRows(FilingRequest f) {
    List<GoodsRow> rows = new ArrayList<>();
    if (f.goodsAndServices() != null) {
      for (FilingRequest.ClassTerms c : f.goodsAndServices()) {
        rows.add(
            new GoodsRow(c.niceClass(), c.terms() == null ? "" : String.join("\n", c.terms())));
      }
    }
    rows.add(new GoodsRow(null, ""));
    return rows;
  }

  static List<FilingRequest.Design> designRows(FilingRequest f) {
    List<FilingRequest.Design> rows = new ArrayList<>();
    if (f.designs() != null) {
      rows.addAll(f.designs());
    }
    rows.add(new FilingRequest.Design(null, null));
    return rows;
  }

  static List<FilingRequest.Priority> priorityRows(FilingRequest f) {
    List<FilingRequest.Priority> rows = new ArrayList<>();
    if (f.priorityClaims() != null) {
      rows.addAll(f.priorityClaims());
    }
    rows.add(new FilingRequest.Priority(null, null, null));
    return rows;
  }

  static List<String> documentKinds(String right) {
    try {
      return right == null
          ? List.of(DocumentKind.SUPPORTING_DOCUMENT.name())
          : FilingRequestValidator.documentKinds(IpRight.valueOf(right)).stream()
              .map(Enum::name)
              .sorted()
              .toList();
    } catch (IllegalArgumentException e) {
      return List.of(DocumentKind.SUPPORTING_DOCUMENT.name());
    }
  }
}
