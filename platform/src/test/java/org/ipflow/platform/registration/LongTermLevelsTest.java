package org.ipflow.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.registration.LongTermLevels.LongTerm;
import org.ipflow.signing.SignatureLevel;
import org.junit.jupiter.api.Test;

class LongTermLevelsTest {

  @Test
  void certificatesAndDecisionsAreKeptAtBltaAndTheRestStaysAtBtByDefault() {
    LongTermLevels levels = new LongTermLevels(Map.of());

    assertThat(levels.levelFor(DocumentKind.REGISTRATION_CERTIFICATE))
        .contains(SignatureLevel.B_LTA);
    assertThat(levels.levelFor(DocumentKind.DECISION)).contains(SignatureLevel.B_LTA);
    assertThat(levels.levelFor(DocumentKind.FILING_RECEIPT)).isEmpty();
    assertThat(levels.levelFor(DocumentKind.NOTICE)).isEmpty();
    assertThat(levels.levelFor(DocumentKind.SUPPORTING_DOCUMENT)).isEmpty();
  }

  @Test
  void eachKindTakesItsConfiguredLevelUnderAnyOfSpringsRelaxedNames() {
    LongTermLevels levels =
        new LongTermLevels(
            Map.of(
                "filing-receipt", LongTerm.B_LTA,
                "NOTICE", LongTerm.B_LT,
                "registrationcertificate", LongTerm.NONE));

    assertThat(levels.levelFor(DocumentKind.FILING_RECEIPT)).contains(SignatureLevel.B_LTA);
    assertThat(levels.levelFor(DocumentKind.NOTICE)).contains(SignatureLevel.B_LT);
    assertThat(levels.levelFor(DocumentKind.REGISTRATION_CERTIFICATE)).isEmpty();
    assertThat(levels.levelFor(DocumentKind.DECISION)).contains(SignatureLevel.B_LTA);
  }

  @Test
  void aKindTheOfficeDoesNotIssueIsRefusedAtStart() {
    assertThatThrownBy(() -> new LongTermLevels(Map.of("receipt", LongTerm.B_LTA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ipflow.signing.long-term.receipt")
        .hasMessageContaining("filing-receipt");
    assertThatThrownBy(() -> new LongTermLevels(Map.of("supporting-document", LongTerm.B_LT)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
