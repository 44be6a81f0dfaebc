package org.ipflow.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * (here filing receipts, which stay at B-T by default, are kept at B-LTA); archive time-stamps of
 * B-LTA documents are renewed by a job when due (here at once), as new versions.
 */
@PlatformTest
@TestPropertySource(
    properties = {
      "ipflow.signing.long-term.filing-receipt=B_LTA",
      // Renewal due at once: a margin longer than any certificate of the development PKI lives.
      "ipflow.signing.archive-timestamp-renewal-margin=P36500D"
    })
class LongTermSignaturesIT {

  @Autowired FilingService filings;
  @Autowired DocumentStore documents;
  @Autowired SignatureValidator validator;
  @Autowired JdbcClient jdbc;
  @Autowired SignatureAugmentation augmentation;

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

  @Test
  void anArchiveTimestampDueForRenewalGetsANewOneAsANewVersionOnce() {
    UUID filing = filings.submit(Filings.paidWatchMark("RENEWAL"), "alice-id").id();
    StoredDocument lta = awaitSuccessor(awaitReceipt(filing));
    int archiveTimestamps = archiveTimestamps(documents.content(lta.id()));
    assertThat(archiveTimestamps).isPositive();

    augmentation.renewDue();

    StoredDocument renewed = successor(lta).orElseThrow();
    byte[] content = documents.content(renewed.id());
    assertThat(archiveTimestamps(content)).isEqualTo(archiveTimestamps + 1);
    ValidationResult result = validator.validate(content, renewed.fileName());
    assertThat(result.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(result.format()).isEqualTo("PAdES-BASELINE-LTA");
    assertThat(renewed.kind()).isEqualTo(DocumentKind.FILING_RECEIPT);

    // Idempotent: the version just renewed is not renewed again, nothing else is stored.
    long stored = documentCount(filing);
    augmentation.renewDue();
    assertThat(documentCount(filing)).isEqualTo(stored);
    assertThat(successor(renewed)).isEmpty();
  }

  /** The document time-stamps (ETSI.RFC3161) in a PDF: B-LTA's archive time-stamps. */
  private static int archiveTimestamps(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return (int)
          document.getSignatureDictionaries().stream()
              .filter(signature -> "ETSI.RFC3161".equals(signature.getSubFilter()))
              .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long documentCount(UUID filing) {
    return jdbc.sql("SELECT count(*) FROM document WHERE filing_id = :f")
        .param("f", filing)
        .query(Long.class)
        .single();
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
