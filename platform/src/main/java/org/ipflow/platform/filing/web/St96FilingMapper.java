package org.ipflow.platform.filing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ipflow.formats.FilingDocument;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.web.ApiProblem;

/**
 * Turns an ST.96 filing, read and validated by the formats module, into the platform's {@link
 * NewFiling}: through the JSON API's own request shape and {@link FilingRequestValidator}, so that
 * an XML filing passes exactly the structural checks a JSON filing passes.
 *
 * <ul>
 *   <li>The application number (a placeholder), the office code and the filing date in the XML are
 *       the client's and are ignored: the office numbers and dates the filing on receipt.
 *   <li>One applicant per application, as in the JSON API: a document naming several is refused
 *       rather than silently cut to the first.
 *   <li>Files the XML references by name (a mark image, design views) cannot be fetched: they come
 *       as further parts of a {@code multipart/form-data} request, each matched to its reference by
 *       file name; a referenced file that is not supplied is simply absent, and the procedure's
 *       filing-date and formalities checks ask for it with a notice, as for a JSON filing.
 *   <li>The ST.96 documents themselves are kept with the filing as filed ({@code application/xml}
 *       documents named after their root element), so nothing the platform's model does not hold
 *       (claims in text, the mark's feature category, structured addresses) is lost, and exports
 *       can use it.
 * </ul>
 */
final class St96FilingMapper {

  static final String XML = "application/xml";

  /** The longest description the model holds in text (the JSON API's limit). */
  private static final int MAX_DESCRIPTION = 200_000;

  /** A file sent beside the ST.96 documents. */
  record Attachment(String part, String fileName, String mediaType, byte[] content) {}

  /** An ST.96 document as filed, kept with the filing. */
  record FiledXml(String part, byte[] content) {
    String fileName() {
      return part + ".xml";
    }
  }

  private St96FilingMapper() {}

  /**
   * @param right the right the caller files for (never taken from the XML)
   * @param document the filing as the formats module read it
   * @param xml the ST.96 documents as filed
   * @param attachments the further files of the request
   * @param today the office's date
   * @throws InvalidSt96Exception when the content cannot be taken
   */
  static NewFiling toNewFiling(
      IpRight right,
      FilingDocument document,
      List<FiledXml> xml,
      List<Attachment> attachments,
      LocalDate today) {
    String mainPart = xml.get(0).part();
    if (document.applicants().size() > 1) {
      throw InvalidSt96Exception.of(
          mainPart,
          "ApplicantBag: the office takes one applicant per application; the document names "
              + document.applicants().size());
    }
    FilingRequest.Applicant applicant =
        document.applicants().isEmpty() ? null : applicant(document.applicants().get(0));
    FilingRequest.Representative representative =
        document.representative() == null ? null : representative(document.representative());
    FilingRequest.Mark mark = null;
    List<FilingRequest.ClassTerms> goods = null;
    List<FilingRequest.Design> designs = null;
    FilingRequest.Invention invention = null;
    boolean descriptionInText = false;
    switch (right) {
      case TRADEMARK -> {
        mark =
            new FilingRequest.Mark(document.mark() == null ? null : document.mark().wordElement());
        goods = goodsAndServices(document.goodsAndServices());
      }
      case DESIGN ->
          designs =
              document.designs().isEmpty()
                  ? null
                  : document.designs().stream()
                      .map(d -> new FilingRequest.Design(d.productIndication(), d.locarnoClass()))
                      .collect(Collectors.toCollection(ArrayList::new));
      case PATENT, UTILITY_MODEL -> {
        FilingDocument.Invention i = document.invention();
        if (i != null) {
          String description = String.join("\n\n", i.description());
          descriptionInText = !description.isBlank();
          invention =
              new FilingRequest.Invention(
                  i.title(),
                  // A description longer than the model holds in text stays in the filed
                  // ApplicationBody, which is kept as the description document.
                  descriptionInText && description.length() <= MAX_DESCRIPTION ? description : null,
                  i.claimCount(),
                  null,
                  // mutable: the validator asks lists whether they hold null
                  new ArrayList<>(i.ipcSymbols()));
        }
      }
    }
    List<FilingRequest.Priority> priorities =
        document.priorities().isEmpty()
            ? null
            : document.priorities().stream()
                .map(
                    p ->
                        new FilingRequest.Priority(
                            p.officeCode(),
                            p.number(),
                            p.date() == null ? null : p.date().toString()))
                .collect(Collectors.toCollection(ArrayList::new));
    List<FilingRequest.Document> documents = new ArrayList<>();
    for (Attachment a : attachments) {
      documents.add(
          new FilingRequest.Document(
              kind(right, document, a).name(),
              a.fileName(),
              a.mediaType(),
              Base64.getEncoder().encodeToString(a.content())));
    }
    FilingRequest request =
        new FilingRequest(
            right.name(),
            document.language(),
            applicant,
            representative,
            mark,
            goods,
            designs,
            null,
            invention,
            priorities,
            documents.isEmpty() ? null : documents,
            null);
    NewFiling checked;
    try {
      checked = FilingRequestValidator.validate(request, today);
    } catch (ApiProblem problem) {
      throw translate(right, problem, mainPart, attachments);
    }
    List<NewDocument> all = new ArrayList<>(checked.documents());
    for (FiledXml filed : xml) {
      DocumentKind kind =
          filed.part().equals("ApplicationBody") && descriptionInText
              ? DocumentKind.DESCRIPTION
              : DocumentKind.SUPPORTING_DOCUMENT;
      all.add(new NewDocument(kind, filed.fileName(), XML, filed.content()));
    }
    return new NewFiling(right, checked.content(), all, null);
  }

  private static FilingRequest.Applicant applicant(FilingDocument.Party party) {
    return new FilingRequest.Applicant(
        party.name(), party.countryCode(), address(party), null, party.kind().name(), null, null);
  }

  private static FilingRequest.Representative representative(FilingDocument.Party party) {
    return new FilingRequest.Representative(
        party.name(), party.countryCode(), address(party), null, null);
  }

  /** The structured address as one line: street lines, then postal code and city. */
  static String address(FilingDocument.Party party) {
    List<String> parts = new ArrayList<>();
    party.addressLines().stream()
        .filter(l -> l != null && !l.isBlank())
        .map(String::strip)
        .forEach(parts::add);
    String place =
        Arrays.asList(party.postalCode(), party.city()).stream()
            .filter(s -> s != null && !s.isBlank())
            .map(String::strip)
            .collect(Collectors.joining(" "));
    if (!place.isEmpty()) {
      parts.add(place);
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /**
   * Goods and services per Nice class; a class description lists its terms separated by semicolons
   * (the Nice convention). Entries of the same class are merged.
   */
  private static List<FilingRequest.ClassTerms> goodsAndServices(
      List<FilingDocument.GoodsServices> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    Map<Integer, List<String>> byClass = new LinkedHashMap<>();
    for (FilingDocument.GoodsServices gs : entries) {
      List<String> terms = byClass.computeIfAbsent(gs.niceClass(), c -> new ArrayList<>());
      if (gs.description() != null) {
        for (String term : gs.description().split(";")) {
          if (!term.isBlank()) {
            terms.add(term.strip());
          }
        }
      }
    }
    List<FilingRequest.ClassTerms> result = new ArrayList<>();
    byClass.forEach((c, terms) -> result.add(new FilingRequest.ClassTerms(c, terms)));
    return result;
  }

  /**
   * The kind of an attached file: the part's name when it names a document kind; a file the XML
   * references as the mark's image or a design's view is a representation; anything else a
   * supporting document.
   */
  private static DocumentKind kind(IpRight right, FilingDocument document, Attachment a) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.origin() == DocumentKind.Origin.APPLICANT
          && kind.name().equals(a.part().toUpperCase(Locale.ROOT))) {
        return kind;
      }
    }
    if (right == IpRight.TRADEMARK
        && document.mark() != null
        && a.fileName().equals(document.mark().imageFileName())) {
      return DocumentKind.MARK_REPRESENTATION;
    }
    if (right == IpRight.DESIGN
        && document.designs().stream().anyMatch(d -> d.views().contains(a.fileName()))) {
      return DocumentKind.DESIGN_REPRESENTATION;
    }
    return DocumentKind.SUPPORTING_DOCUMENT;
  }

  /** The JSON API's structural problems, said in terms of the ST.96 documents. */
  private static InvalidSt96Exception translate(
      IpRight right, ApiProblem problem, String mainPart, List<Attachment> attachments) {
    if (problem.errors().isEmpty()) {
      return InvalidSt96Exception.of(mainPart, problem.getMessage());
    }
    List<InvalidSt96Exception.Error> errors = new ArrayList<>();
    for (ApiProblem.FieldError e : problem.errors()) {
      String pointer = e.pointer();
      String[] path = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
      String part = mainPart;
      String what;
      if (path.length >= 2 && path[0].equals("documents")) {
        int index = Integer.parseInt(path[1]);
        Attachment a = attachments.get(index);
        part = a.part();
        what =
            "attached file '" + a.fileName() + "'" + (path.length > 2 ? " (" + path[2] + ")" : "");
      } else {
        what = element(right, path, part);
        if (path.length > 1 && path[0].equals("invention") && path[1].equals("description")) {
          part = "ApplicationBody";
        }
      }
      errors.add(new InvalidSt96Exception.Error(part, null, null, what + ": " + e.detail()));
    }
    return new InvalidSt96Exception(errors);
  }

  /** The ST.96 element a JSON Pointer of the equivalent JSON filing stands for. */
  private static String element(IpRight right, String[] path, String mainPart) {
    if (path.length == 0) {
      return mainPart;
    }
    String field = path.length > 1 ? path[1] : null;
    String element =
        switch (path[0]) {
          case "languageOfProceedings" ->
              switch (right) {
                case TRADEMARK -> "ApplicationLanguageCode";
                case DESIGN -> "DesignApplicationLanguageCode";
                default -> "FilingLanguageCode";
              };
          case "applicant" -> "Applicant" + detail(field);
          case "representative" -> "Representative" + detail(field);
          case "mark" -> "MarkRepresentation";
          case "goodsAndServices" ->
              field == null ? "GoodsServicesBag" : "GoodsServices, class entry " + ordinal(field);
          case "designs" -> field == null ? "DesignBag" : "Design " + ordinal(field);
          case "invention" ->
              field == null
                  ? "InventionTitleBag / Description"
                  : switch (field) {
                    case "title" -> "InventionTitle";
                    case "description" -> "Description";
                    case "claimsCount" -> "ClaimTotalQuantity";
                    case "ipcSymbols" -> "IPCRClassificationBag";
                    default -> field;
                  };
          case "priorityClaims" ->
              (right == IpRight.PATENT || right == IpRight.UTILITY_MODEL
                      ? "PriorityClaim"
                      : "Priority")
                  + (field == null ? "" : " " + ordinal(field))
                  + (path.length > 2 ? " (" + path[2] + ")" : "");
          default -> String.join("/", path);
        };
    return element;
  }

  private static String detail(String field) {
    return field == null ? "" : " (" + field + ")";
  }

  private static String ordinal(String index) {
    try {
      return Integer.toString(Integer.parseInt(index) + 1);
    } catch (NumberFormatException e) {
      return index;
    }
  }
}
