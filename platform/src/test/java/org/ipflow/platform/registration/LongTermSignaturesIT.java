package org.ipflow.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.StoredDocument;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.testing.Filings;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Long-term signatures of what the office issues: the level per kind of document is configuration
 * (here filing receipts, which stay at B-T by default, are kept at B-LTA).
 */
@PlatformTest
@TestPropertySource(properties = "ipflow.signing.long-term.filing-receipt=B_LTA")
class LongTermSignaturesIT {

  @Autowired FilingService filings;
  @Autowired DocumentStore documents;
  @Autowired SignatureValidator validator;
  @Autowired JdbcClient jdbc;

  @Test
  void aKindConfiguredForTheLongTermGetsItsBltaVersionBesideTheDocumentAsIssued() {
    UUID filing = filings.submit(Filings.paidWatchMark("LONGTERM"), "alice-id").id();
    StoredDocument issued = awaitReceipt(filing);
    byte[] asIssued = documents.content(issued.id());

    StoredDocument longTerm = awaitSuccessor(issued);

    assertThat(longTerm.kind()).isEqualTo(DocumentKind.FILING_RECEIPT);
    assertThat(longTerm.fileName()).isEqualTo(issued.fileName());
    ValidationResult result =
        validator.validate(documents.content(longTerm.id()), longTerm.fileName());
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-LTA");
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(documents.content(issued.id())).as("the receipt as issued").isEqualTo(asIssued);
    assertThat(validator.validate(asIssued, issued.fileName()).format())
        .isEqualTo("PAdES-BASELINE-T");
  }

  /** The receipt as issued (with the filing, or shortly after it by a job). */
  private StoredDocument awaitReceipt(UUID filing) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> original(filing), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<StoredDocument> original(UUID filing) {
    return jdbc.sql(
            "SELECT id FROM document WHERE filing_id = :f AND kind = 'FILING_RECEIPT' AND"
                + " supersedes IS NULL")
        .param("f", filing)
        .query(UUID.class)
        .optional()
        .flatMap(documents::find);
  }

  StoredDocument awaitSuccessor(StoredDocument version) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> successor(version), Optional::isPresent)
        .orElseThrow();
  }

  Optional<StoredDocument> successor(StoredDocument version) {
    return jdbc.sql("SELECT id FROM document WHERE supersedes = :id")
        .param("id", version.id())
        .query(UUID.class)
        .optional()
        .flatMap(documents::find);
  }
}
