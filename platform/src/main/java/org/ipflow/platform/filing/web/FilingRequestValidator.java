package org.ipflow.platform.filing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.NewPayment;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ApiProblem.FieldError;
import org.ipflow.platform.web.StorableText;
import org.springframework.http.HttpStatus;

/**
 * Checks the structure of a filing request and turns it into a {@link NewFiling}: the parts its
 * right needs present and of the right form, Nice classes that exist, dates that are dates,
 * documents whose bytes are what they claim to be. Whether the application is complete is not
 * judged here but by the filing-date and formalities checks, which send notices: an office receives
 * an incomplete application, it does not bounce it.
 */
final class FilingRequestValidator {

  static final int FIRST_NICE_CLASS = 1;
  static final int LAST_NICE_CLASS = 45;
  static final String PAYMENT_PROVIDER = "api";
  private static final int MAX_TEXT = 1_000;
  private static final int MAX_DESCRIPTION = 200_000;
  private static final int MAX_CLASSES = 45;
  private static final int MAX_TERMS_PER_CLASS = 1_000;
  private static final int MAX_DESIGNS = 1_000;
  private static final int MAX_LIST = 100;
  private static final int MAX_DOCUMENTS = 20;
  private static final int MAX_DEFERMENT_MONTHS = 30;
  private static final Map<IpRight, Set<DocumentKind>> DOCUMENT_KINDS =
      Map.of(
          IpRight.TRADEMARK,
              Set.of(DocumentKind.MARK_REPRESENTATION, DocumentKind.SUPPORTING_DOCUMENT),
          IpRight.DESIGN,
              Set.of(DocumentKind.DESIGN_REPRESENTATION, DocumentKind.SUPPORTING_DOCUMENT),
          IpRight.PATENT, Set.of(DocumentKind.DESCRIPTION, DocumentKind.SUPPORTING_DOCUMENT),
          IpRight.UTILITY_MODEL,
              Set.of(DocumentKind.DESCRIPTION, DocumentKind.SUPPORTING_DOCUMENT));
  private static final Set<DocumentKind> IMAGES_ONLY =
      Set.of(DocumentKind.MARK_REPRESENTATION, DocumentKind.DESIGN_REPRESENTATION);
  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final LocalDate today;
  private final List<FieldError> errors = new ArrayList<>();

  private FilingRequestValidator(LocalDate today) {
    this.today = today;
  }

  /**
   * @param today the office's date: a priority cannot be claimed from the future
   */
  static NewFiling validate(FilingRequest request, LocalDate today) {
    return new FilingRequestValidator(today).check(request);
  }

  /** The kinds of documents an application of {@code right} may carry. */
  static Set<DocumentKind> documentKinds(IpRight right) {
    return DOCUMENT_KINDS.get(right);
  }

  /** Documents attached to something else than a filing (observations): checked the same way. */
  static List<NewDocument> attachments(List<FilingRequest.Document> documents, IpRight right) {
    FilingRequestValidator validator = new FilingRequestValidator(LocalDate.MIN);
    List<NewDocument> result = validator.documents(documents, right);
    if (!validator.errors.isEmpty()) {
      throw invalid(validator.errors);
    }
    return result;
  }

  private NewFiling check(FilingRequest request) {
    if (request == null) {
      throw invalid(List.of(new FieldError("", "the request body is empty")));
    }
    IpRight right = ipRight(request.ipRight());
    String language =
        request.languageOfProceedings() == null ? "en" : request.languageOfProceedings();
    if (!language.matches("[a-z]{2}")) {
      errors.add(
          new FieldError("/languageOfProceedings", "an ISO 639-1 code such as en, fr or es"));
    }
    Filing.Applicant applicant = applicant(request.applicant());
    Filing.Party representative = representative(request.representative());
    Filing.Mark mark = null;
    List<Filing.ClassTerms> goods = List.of();
    List<Filing.Design> designs = List.of();
    Filing.Invention invention = null;
    int deferment = 0;
    if (right != null) {
      switch (right) {
        case TRADEMARK -> {
          mark = mark(request.mark());
          goods = goodsAndServices(request.goodsAndServices());
          absent("/designs", request.designs(), right);
          absent("/invention", request.invention(), right);
          absent("/deferPublicationMonths", request.deferPublicationMonths(), right);
        }
        case DESIGN -> {
          designs = designs(request.designs());
          deferment = deferment(request.deferPublicationMonths());
          absent("/mark", request.mark(), right);
          absent("/goodsAndServices", request.goodsAndServices(), right);
          absent("/invention", request.invention(), right);
        }
        case PATENT, UTILITY_MODEL -> {
          invention = invention(request.invention());
          absent("/mark", request.mark(), right);
          absent("/goodsAndServices", request.goodsAndServices(), right);
          absent("/designs", request.designs(), right);
          absent("/deferPublicationMonths", request.deferPublicationMonths(), right);
        }
      }
    }
    List<Filing.PriorityClaim> priorities = priorities(request.priorityClaims());
    List<NewDocument> documents = documents(request.documents(), right);
    NewPayment payment = payment(request.payment());
    if (!errors.isEmpty()) {
      if (errors.stream().anyMatch(e -> e.detail().startsWith("unknown Nice class"))) {
        throw new ApiProblem(
            HttpStatus.BAD_REQUEST,
            "unknown-nice-class",
            "Unknown Nice class",
            "The Nice classification has classes 1 to 45.",
            errors);
      }
      throw invalid(errors);
    }
    return new NewFiling(
        right,
        new Filing.Content(
            language,
            applicant,
            representative,
            mark,
            goods,
            designs,
            invention,
            priorities,
            deferment),
        documents,
        payment);
  }

  private static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-filing",
        "Invalid filing",
        errors.size() + " part(s) of the filing are missing or malformed; see errors.",
        errors);
  }

  private IpRight ipRight(String value) {
    if (value == null) {
      errors.add(
          new FieldError("/ipRight", "is required: one of " + Arrays.toString(IpRight.values())));
      return null;
    }
    try {
      return IpRight.valueOf(value);
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "/ipRight",
              "unknown IP right '" + value + "': one of " + Arrays.toString(IpRight.values())));
      return null;
    }
  }

  private void absent(String pointer, Object value, IpRight right) {
    if (value != null) {
      errors.add(new FieldError(pointer, "is not part of a " + right + " application"));
    }
  }

  private Filing.Applicant applicant(FilingRequest.Applicant applicant) {
    if (applicant == null) {
      errors.add(new FieldError("/applicant", "is required"));
      return null;
    }
    required("/applicant/name", applicant.name());
    required("/applicant/country", applicant.country());
    length("/applicant/address", applicant.address());
    length("/applicant/email", applicant.email());
    String kind = applicant.kind() == null ? "LEGAL_ENTITY" : applicant.kind();
    if (!kind.equals("LEGAL_ENTITY") && !kind.equals("NATURAL_PERSON")) {
      errors.add(new FieldError("/applicant/kind", "must be NATURAL_PERSON or LEGAL_ENTITY"));
    }
    boolean sme = Boolean.TRUE.equals(applicant.sme());
    if (sme && kind.equals("NATURAL_PERSON")) {
      errors.add(new FieldError("/applicant/sme", "only a legal entity declares itself an SME"));
    }
    return new Filing.Applicant(
        applicant.name(),
        applicant.country(),
        applicant.address(),
        applicant.email(),
        kind,
        sme,
        globalId("/applicant/globalId", applicant.globalId()));
  }

  private Filing.Party representative(FilingRequest.Representative representative) {
    if (representative == null) {
      return null;
    }
    required("/representative/name", representative.name());
    length("/representative/country", representative.country());
    length("/representative/address", representative.address());
    length("/representative/email", representative.email());
    return new Filing.Party(
        representative.name(),
        representative.country(),
        representative.address(),
        representative.email(),
        globalId("/representative/globalId", representative.globalId()));
  }

  /** Its form only; whether the office accepts the scheme, and the value, is the parties' call. */
  private Filing.GlobalId globalId(String pointer, FilingRequest.GlobalId globalId) {
    if (globalId == null) {
      return null;
    }
    boolean complete = true;
    if (globalId.scheme() == null || !globalId.scheme().matches("[A-Za-z][A-Za-z0-9-]{1,19}")) {
      errors.add(new FieldError(pointer + "/scheme", "a scheme name such as LEI or OFFICE"));
      complete = false;
    }
    if (globalId.value() == null || globalId.value().isBlank() || globalId.value().length() > 100) {
      errors.add(new FieldError(pointer + "/value", "the identifier, up to 100 characters"));
      complete = false;
    } else if (StorableText.problem(globalId.value()).isPresent()) {
      storable(pointer + "/value", globalId.value());
      complete = false;
    }
    return complete
        ? new Filing.GlobalId(
            globalId.scheme().toUpperCase(java.util.Locale.ROOT), globalId.value().trim())
        : null;
  }

  private Filing.Mark mark(FilingRequest.Mark mark) {
    if (mark == null) {
      errors.add(
          new FieldError("/mark", "is required (its text may be empty when an image is filed)"));
      return null;
    }
    length("/mark/text", mark.text());
    return new Filing.Mark(mark.text());
  }

  private List<Filing.ClassTerms> goodsAndServices(List<FilingRequest.ClassTerms> classes) {
    if (classes == null || classes.isEmpty()) {
      errors.add(
          new FieldError("/goodsAndServices", "is required: at least one class with its terms"));
      return List.of();
    }
    if (classes.size() > MAX_CLASSES) {
      errors.add(new FieldError("/goodsAndServices", "at most " + MAX_CLASSES + " classes"));
      return List.of();
    }
    List<Filing.ClassTerms> result = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      String at = "/goodsAndServices/" + i;
      FilingRequest.ClassTerms entry = classes.get(i);
      if (entry == null) {
        errors.add(new FieldError(at, "must be an object with niceClass and terms"));
        continue;
      }
      Integer niceClass = entry.niceClass();
      if (niceClass == null) {
        errors.add(new FieldError(at + "/niceClass", "is required"));
      } else if (niceClass < FIRST_NICE_CLASS || niceClass > LAST_NICE_CLASS) {
        errors.add(
            new FieldError(at + "/niceClass", "unknown Nice class " + niceClass + " (1-45)"));
      }
      List<String> terms = entry.terms();
      if (terms == null) {
        errors.add(new FieldError(at + "/terms", "is required"));
      } else if (terms.size() > MAX_TERMS_PER_CLASS) {
        errors.add(new FieldError(at + "/terms", "at most " + MAX_TERMS_PER_CLASS + " terms"));
      } else {
        for (int t = 0; t < terms.size(); t++) {
          if (terms.get(t) == null) {
            errors.add(new FieldError(at + "/terms/" + t, "must be a string"));
          } else {
            length(at + "/terms/" + t, terms.get(t));
          }
        }
      }
      if (niceClass != null && terms != null && terms.stream().noneMatch(Objects::isNull)) {
        result.add(new Filing.ClassTerms(niceClass, terms));
      }
    }
    return result;
  }

  private List<Filing.Design> designs(List<FilingRequest.Design> designs) {
    if (designs == null || designs.isEmpty()) {
      errors.add(new FieldError("/designs", "is required: at least one design"));
      return List.of();
    }
    if (designs.size() > MAX_DESIGNS) {
      errors.add(new FieldError("/designs", "at most " + MAX_DESIGNS + " designs"));
      return List.of();
    }
    List<Filing.Design> result = new ArrayList<>();
    for (int i = 0; i < designs.size(); i++) {
      FilingRequest.Design design = designs.get(i);
      if (design == null) {
        errors.add(new FieldError("/designs/" + i, "must be an object"));
        continue;
      }
      length("/designs/" + i + "/productIndication", design.productIndication());
      length("/designs/" + i + "/locarnoClass", design.locarnoClass());
      result.add(new Filing.Design(design.productIndication(), design.locarnoClass()));
    }
    return result;
  }

  private int deferment(Integer months) {
    if (months == null) {
      return 0;
    }
    if (months < 0 || months > MAX_DEFERMENT_MONTHS) {
      errors.add(
          new FieldError(
              "/deferPublicationMonths", "between 0 and " + MAX_DEFERMENT_MONTHS + " months"));
      return 0;
    }
    return months;
  }

  private Filing.Invention invention(FilingRequest.Invention invention) {
    if (invention == null) {
      errors.add(
          new FieldError("/invention", "is required: title, description or reference, claims"));
      return null;
    }
    length("/invention/title", invention.title());
    if (invention.description() != null && invention.description().length() > MAX_DESCRIPTION) {
      errors.add(
          new FieldError(
              "/invention/description",
              "at most " + MAX_DESCRIPTION + " characters; file a longer one as a document"));
    }
    storable("/invention/description", invention.description());
    int claims = invention.claimsCount() == null ? 0 : invention.claimsCount();
    if (claims < 0 || claims > 10_000) {
      errors.add(new FieldError("/invention/claimsCount", "between 0 and 10000"));
    }
    Filing.PriorityClaim earlier =
        invention.earlierApplication() == null
            ? null
            : priority("/invention/earlierApplication", invention.earlierApplication());
    List<String> symbols = invention.ipcSymbols() == null ? List.of() : invention.ipcSymbols();
    if (symbols.size() > MAX_LIST || symbols.stream().anyMatch(Objects::isNull)) {
      errors.add(new FieldError("/invention/ipcSymbols", "at most " + MAX_LIST + " strings"));
      symbols = List.of();
    }
    for (int i = 0; i < symbols.size(); i++) {
      length("/invention/ipcSymbols/" + i, symbols.get(i));
    }
    return new Filing.Invention(
        invention.title(), invention.description(), claims, earlier, symbols);
  }

  private List<Filing.PriorityClaim> priorities(List<FilingRequest.Priority> claims) {
    if (claims == null) {
      return List.of();
    }
    if (claims.size() > MAX_LIST) {
      errors.add(new FieldError("/priorityClaims", "at most " + MAX_LIST + " claims"));
      return List.of();
    }
    List<Filing.PriorityClaim> result = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i) == null) {
        errors.add(new FieldError("/priorityClaims/" + i, "must be an object"));
        continue;
      }
      Filing.PriorityClaim claim = priority("/priorityClaims/" + i, claims.get(i));
      if (claim != null) {
        result.add(claim);
      }
    }
    return result;
  }

  private Filing.PriorityClaim priority(String at, FilingRequest.Priority claim) {
    if (claim.office() == null || !claim.office().matches("[A-Z]{2}")) {
      errors.add(new FieldError(at + "/office", "the office's two-letter WIPO ST.3 code"));
    }
    required(at + "/applicationNumber", claim.applicationNumber());
    LocalDate date = null;
    if (claim.date() == null) {
      errors.add(new FieldError(at + "/date", "is required (ISO 8601, e.g. 2026-05-31)"));
    } else {
      try {
        date = LocalDate.parse(claim.date());
        if (date.isAfter(today)) {
          errors.add(new FieldError(at + "/date", "lies in the future: " + date));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(at + "/date", "is not an ISO 8601 date: '" + claim.date() + "'"));
      }
    }
    return new Filing.PriorityClaim(claim.office(), claim.applicationNumber(), date);
  }

  private NewPayment payment(FilingRequest.Payment payment) {
    if (payment == null) {
      return null;
    }
    int before = errors.size();
    BigDecimal amount = payment.amount();
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.precision() > 12) {
      errors.add(new FieldError("/payment/amount", "a positive amount with at most two decimals"));
    }
    if (payment.currency() == null || !payment.currency().matches("[A-Z]{3}")) {
      errors.add(new FieldError("/payment/currency", "an ISO 4217 code such as EUR"));
    }
    if (payment.reference() == null
        || payment.reference().isBlank()
        || payment.reference().length() > 100) {
      errors.add(
          new FieldError("/payment/reference", "the provider's reference, up to 100 characters"));
    }
    storable("/payment/reference", payment.reference());
    return errors.size() == before
        ? new NewPayment(amount, payment.currency(), payment.reference(), PAYMENT_PROVIDER)
        : null;
  }

  private List<NewDocument> documents(List<FilingRequest.Document> documents, IpRight right) {
    if (documents == null) {
      return List.of();
    }
    if (documents.size() > MAX_DOCUMENTS) {
      errors.add(new FieldError("/documents", "at most " + MAX_DOCUMENTS + " documents"));
      return List.of();
    }
    Set<DocumentKind> allowed =
        right == null ? Set.of(DocumentKind.SUPPORTING_DOCUMENT) : DOCUMENT_KINDS.get(right);
    List<NewDocument> result = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      String at = "/documents/" + i;
      FilingRequest.Document document = documents.get(i);
      if (document == null) {
        errors.add(new FieldError(at, "must be an object"));
        continue;
      }
      int before = errors.size();
      DocumentKind kind = null;
      try {
        kind = document.kind() == null ? null : DocumentKind.valueOf(document.kind());
      } catch (IllegalArgumentException e) {
        // reported below
      }
      if (kind == null || !allowed.contains(kind)) {
        errors.add(new FieldError(at + "/kind", "must be one of " + allowed));
      }
      String fileName = document.fileName();
      if (fileName == null
          || fileName.isBlank()
          || fileName.length() > 255
          || fileName.contains("/")
          || fileName.contains("\\")
          || fileName.chars().anyMatch(Character::isISOControl)
          || StorableText.problem(fileName).isPresent()) {
        errors.add(
            new FieldError(
                at + "/fileName", "is required: a plain file name of up to 255 characters"));
      }
      String mediaType = document.mediaType();
      if (mediaType == null || !SIGNATURES.containsKey(mediaType)) {
        errors.add(new FieldError(at + "/mediaType", "must be one of " + SIGNATURES.keySet()));
      } else if (kind != null
          && IMAGES_ONLY.contains(kind)
          && mediaType.equals("application/pdf")) {
        errors.add(new FieldError(at + "/mediaType", "a representation is a PNG or JPEG image"));
      }
      byte[] content = null;
      if (document.content() == null || document.content().isEmpty()) {
        errors.add(new FieldError(at + "/content", "is required: the document's bytes in base64"));
      } else {
        try {
          content = Base64.getDecoder().decode(document.content());
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError(at + "/content", "is not valid base64"));
        }
      }
      if (content != null && mediaType != null && SIGNATURES.containsKey(mediaType)) {
        if (!startsWith(content, SIGNATURES.get(mediaType))) {
          errors.add(new FieldError(at + "/content", "the bytes are not a " + mediaType + " file"));
        }
      }
      if (errors.size() == before) {
        result.add(new NewDocument(kind, fileName, mediaType, content));
      }
    }
    return result;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private void required(String pointer, String value) {
    if (value == null) {
      errors.add(new FieldError(pointer, "is required"));
    } else {
      length(pointer, value);
    }
  }

  private void length(String pointer, String value) {
    if (value != null && value.length() > MAX_TEXT) {
      errors.add(new FieldError(pointer, "at most " + MAX_TEXT + " characters"));
    } else {
      storable(pointer, value);
    }
  }

  private void storable(String pointer, String value) {
    StorableText.problem(value).ifPresent(problem -> errors.add(new FieldError(pointer, problem)));
  }
}
