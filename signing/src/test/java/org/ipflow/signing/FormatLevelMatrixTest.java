package org.ipflow.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format (PAdES, detached XAdES, JAdES) at every baseline level (B-B, B-T, B-LT, B-LTA) seals
 * and validates as TOTAL_PASSED with the development PKI and its trusted list. Run under the
 * parent's Spring Boot 4.1.2 dependency management (Jakarta XML Binding 4.0.x, xmlsec 3.0.6, see
 * {@link SpringBootDependencyManagementTest}), so it also notices when those versions break DSS.
 */
class FormatLevelMatrixTest {

  static Stream<Arguments> formatsAndLevels() {
    return Stream.of(SignatureFormat.values())
        .flatMap(f -> Stream.of(SignatureLevel.values()).map(l -> Arguments.of(f, l)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formatsAndLevels")
  void sealsAndValidatesAsTotalPassed(SignatureFormat format, SignatureLevel level) {
    Signing signing = SharedSigning.get();
    byte[] document = document(format);
    SigningRequest request = SigningRequest.officeSeal(level);

    byte[] signed = signing.signer().sign(format, document, "application.xml", request);
    ValidationResult result =
        format == SignatureFormat.XADES_DETACHED
            ? signing.validator().validateDetached(signed, document, "application.xml")
            : signing.validator().validate(signed, "signed");

    assertThat(result.indication())
        .as("%s %s: %s %s", format, level, result.errors(), result.warnings())
        .isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).isEqualTo(expectedFormat(format, level));
    assertThat(result.qualification()).isEqualTo("ADESEAL_QC");
    assertThat(result.signerName()).isEqualTo("IPFlow Development Office Seal");
    assertThat(result.timestamped()).isEqualTo(level != SignatureLevel.B_B);
  }

  static byte[] document(SignatureFormat format) {
    return switch (format) {
      case PADES -> TestPdfs.onePage();
      case XADES_DETACHED -> TestDocuments.st96Xml();
      case JADES -> TestDocuments.json();
    };
  }

  static String expectedFormat(SignatureFormat format, SignatureLevel level) {
    String prefix =
        switch (format) {
          case PADES -> "PAdES";
          case XADES_DETACHED -> "XAdES";
          case JADES -> "JAdES";
        };
    return prefix + "-BASELINE-" + level.name().substring(2);
  }
}
