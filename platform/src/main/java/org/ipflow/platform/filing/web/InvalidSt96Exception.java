package org.ipflow.platform.filing.web;

import java.util.List;
import org.ipflow.formats.St96Exception;

/**
 * An ST.96 submission the office does not take: a document that is not acceptable ST.96 (too deep,
 * not well-formed, with a DOCTYPE, of the wrong root, invalid against the official schema), a
 * missing or repeated part, or content the platform cannot hold. Answered as 400 {@code
 * urn:ipflow:problem:invalid-st96} with one entry per problem in {@code errors}.
 */
final class InvalidSt96Exception extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem.
   *
   * @param part the request part (the document) it is in: {@code TrademarkApplication}, {@code
   *     DesignApplication}, {@code BibliographicData}, {@code ApplicationBody} or an attached
   *     file's part
   * @param line the 1-based line, or null where not known
   * @param column the 1-based column, or null where not known
   * @param message what is wrong
   */
  record Error(String part, Integer line, Integer column, String message) {}

  private final transient List<Error> errors;

  InvalidSt96Exception(List<Error> errors) {
    super(
        errors.size() == 1
            ? "The ST.96 submission is not acceptable: " + errors.get(0).message()
            : "The ST.96 submission is not acceptable: "
                + errors.size()
                + " problems; see errors.");
    this.errors = List.copyOf(errors);
  }

  static InvalidSt96Exception of(String part, String message) {
    return new InvalidSt96Exception(List.of(new Error(part, null, null, message)));
  }

  /**
   * The problems of a refused document. The formats module prefixes the problems of a patent's two
   * documents with the document's name; that prefix becomes the part.
   */
  static InvalidSt96Exception of(St96Exception e, String part) {
    return new InvalidSt96Exception(
        e.problems().stream()
            .map(
                p -> {
                  String where = part;
                  String message = p.message();
                  for (String document : St96FilingController.PATENT_PARTS) {
                    if (message.startsWith(document + ": ")) {
                      where = document;
                      message = message.substring(document.length() + 2);
                    }
                  }
                  return new Error(
                      where,
                      p.line() > 0 ? p.line() : null,
                      p.column() > 0 ? p.column() : null,
                      message);
                })
            .toList());
  }

  List<Error> errors() {
    return errors;
  }
}
