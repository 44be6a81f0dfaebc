package org.ipflow.platform.filing.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.web.ApiProblem;
import org.ipflow.platform.web.ApiProblem.FieldError;
import org.springframework.http.HttpStatus;

/**
 * Checks the structure of a filing request and turns it into a {@link NewFiling}: required parts
 * present, Nice classes that exist, documents whose bytes are what they claim to be. Whether the
 * application is complete is not judged here but by the formalities check, which issues a
 * deficiency notice: an office receives an incomplete application, it does not bounce it.
 */
final class FilingRequestValidator {

  static final int FIRST_NICE_CLASS = 1;
  static final int LAST_NICE_CLASS = 45;
  private static final int MAX_TEXT = 1_000;
  private static final int MAX_CLASSES = 45;
  private static final int MAX_TERMS_PER_CLASS = 1_000;
  private static final int MAX_DOCUMENTS = 20;
  private static final Set<DocumentKind> APPLICANT_KINDS =
      Set.of(DocumentKind.MARK_REPRESENTATION, DocumentKind.SUPPORTING_DOCUMENT);
  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private FilingRequestValidator() {}

  static NewFiling validate(FilingRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request == null) {
      throw invalid(List.of(new FieldError("", "the request body is empty")));
    }
    IpRight right = ipRight(request.ipRight(), errors);
    Filing.Applicant applicant = applicant(request.applicant(), errors);
    Filing.Mark mark = mark(request.mark(), errors);
    List<Filing.ClassTerms> goods = goodsAndServices(request.goodsAndServices(), errors);
    List<NewDocument> documents = documents(request.documents(), errors);
    if (!errors.isEmpty()) {
      boolean unknownClass =
          errors.stream().anyMatch(e -> e.detail().startsWith("unknown Nice class"));
      if (unknownClass) {
        throw new ApiProblem(
            HttpStatus.BAD_REQUEST,
            "unknown-nice-class",
            "Unknown Nice class",
            "The Nice classification has classes 1 to 45.",
            errors);
      }
      throw invalid(errors);
    }
    return new NewFiling(right, applicant, mark, goods, documents);
  }

  private static ApiProblem invalid(List<FieldError> errors) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-filing",
        "Invalid filing",
        errors.size() + " part(s) of the filing are missing or malformed; see errors.",
        errors);
  }

  private static IpRight ipRight(String value, List<FieldError> errors) {
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

  private static Filing.Applicant applicant(
      FilingRequest.Applicant applicant, List<FieldError> errors) {
    if (applicant == null) {
      errors.add(new FieldError("/applicant", "is required"));
      return null;
    }
    required("/applicant/name", applicant.name(), errors);
    required("/applicant/country", applicant.country(), errors);
    length("/applicant/address", applicant.address(), errors);
    length("/applicant/email", applicant.email(), errors);
    return new Filing.Applicant(
        applicant.name(), applicant.country(), applicant.address(), applicant.email());
  }

  private static Filing.Mark mark(FilingRequest.Mark mark, List<FieldError> errors) {
    if (mark == null) {
      errors.add(
          new FieldError("/mark", "is required (its text may be empty when an image is filed)"));
      return null;
    }
    length("/mark/text", mark.text(), errors);
    return new Filing.Mark(mark.text());
  }

  private static List<Filing.ClassTerms> goodsAndServices(
      List<FilingRequest.ClassTerms> classes, List<FieldError> errors) {
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
            length(at + "/terms/" + t, terms.get(t), errors);
          }
        }
      }
      if (niceClass != null && terms != null && !terms.contains(null)) {
        result.add(new Filing.ClassTerms(niceClass, terms));
      }
    }
    return result;
  }

  private static List<NewDocument> documents(
      List<FilingRequest.Document> documents, List<FieldError> errors) {
    if (documents == null) {
      return List.of();
    }
    if (documents.size() > MAX_DOCUMENTS) {
      errors.add(new FieldError("/documents", "at most " + MAX_DOCUMENTS + " documents"));
      return List.of();
    }
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
      if (kind == null || !APPLICANT_KINDS.contains(kind)) {
        errors.add(new FieldError(at + "/kind", "must be one of " + APPLICANT_KINDS));
      }
      String fileName = document.fileName();
      if (fileName == null
          || fileName.isBlank()
          || fileName.length() > 255
          || fileName.contains("/")
          || fileName.contains("\\")
          || fileName.chars().anyMatch(Character::isISOControl)) {
        errors.add(
            new FieldError(
                at + "/fileName", "is required: a plain file name of up to 255 characters"));
      }
      String mediaType = document.mediaType();
      if (mediaType == null || !SIGNATURES.containsKey(mediaType)) {
        errors.add(new FieldError(at + "/mediaType", "must be one of " + SIGNATURES.keySet()));
      } else if (kind == DocumentKind.MARK_REPRESENTATION && mediaType.equals("application/pdf")) {
        errors.add(
            new FieldError(at + "/mediaType", "a mark representation is a PNG or JPEG image"));
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

  private static void required(String pointer, String value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(pointer, "is required"));
    } else {
      length(pointer, value, errors);
    }
  }

  private static void length(String pointer, String value, List<FieldError> errors) {
    if (value != null && value.length() > MAX_TEXT) {
      errors.add(new FieldError(pointer, "at most " + MAX_TEXT + " characters"));
    }
  }
}
