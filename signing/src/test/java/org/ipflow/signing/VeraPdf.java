package org.ipflow.signing;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (greenfield parser), the PDF/A reference validator, as a test helper. */
final class VeraPdf {

  private static boolean initialised;

  private VeraPdf() {}

  /** The failed PDF/A-2b rules of {@code pdf}: empty when it conforms. */
  static synchronized List<String> pdfA2bViolations(byte[] pdf) throws Exception {
    if (!initialised) {
      VeraGreenfieldFoundryProvider.initialise();
      initialised = true;
    }
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> violations =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
              .map(a -> a.getRuleId() + ": " + a.getMessage())
              .distinct()
              .toList();
      if (!result.isCompliant() && violations.isEmpty()) {
        return List.of("not compliant (no details)");
      }
      return violations;
    }
  }
}
