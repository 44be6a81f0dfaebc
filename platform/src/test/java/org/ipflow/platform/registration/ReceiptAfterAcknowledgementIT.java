package org.ipflow.platform.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ipflow.platform.document.DocumentKind;
import org.ipflow.platform.document.DocumentStore;
import org.ipflow.platform.document.NewDocument;
import org.ipflow.platform.testing.Api;
import org.ipflow.platform.testing.PlatformTest;
import org.ipflow.platform.testing.TableLock;
import org.ipflow.platform.testing.Tokens;
import org.ipflow.signing.SignatureValidator;
import org.ipflow.signing.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The filing receipt is sealed right after the filing is acknowledged, not before the 201: the
 * applicant never waits for the seal, the receipt is owed durably, and it is issued once.
 */
@PlatformTest
class ReceiptAfterAcknowledgementIT {

  @LocalServerPort int port;
  @Autowired SignatureValidator validator;
  @Autowired DocumentStore documents;
  @Autowired OfficeLetters letters;
  @Autowired ReceiptIssuing receipts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Value("${spring.datasource.url}")
  String databaseUrl;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  @Test
  void acknowledgesTheFilingWhileItsReceiptIsSealedAndServesTheReceiptOnceSealed()
      throws SQLException {
    String id;
    // While no document can be written the seal cannot be stored: the filing (which uploads none)
    // is acknowledged all the same, and its receipt is pending, not missing.
    try (TableLock documentsLocked = TableLock.exclusive(databaseUrl, "ipflow.document")) {

      Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), patent());
      assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
      id = filed.json().path("id").asString();

      Api.Response pending = api.get(filed.json().path("receipt").asString(), Tokens.of("alice"));
      assertThat(pending.status()).as(pending.toString()).isEqualTo(202);
      assertThat(pending.header("Retry-After")).isEqualTo("1");
      assertThat(pending.json().path("receipt").asString()).isEqualTo("PENDING");
      assertThat(owed(id)).isEqualTo(1);
    } // the lock goes; the sealing thread stores the receipt

    Api.Response pdf = api.awaitReceipt(id, Tokens.of("alice"));
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    ValidationResult validation = validator.validate(pdf.bytes(), "receipt.pdf");
    assertThat(validation.indication()).isEqualTo(ValidationResult.TOTAL_PASSED);
    assertThat(validation.signerName()).contains("Office Seal");
    assertThat(owed(id)).isZero();
  }

  @Test
  void storesTheOfficesDocumentsAsTheyAreWithoutCompressingThemAgain() {
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), patent());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    UUID filingId = UUID.fromString(filed.json().path("id").asString());
    // A letter that pglz would shrink to a fraction (repeated text), unlike a real PDF.
    byte[] letter = "%PDF-1.7 office letter ".repeat(2_000).getBytes(StandardCharsets.US_ASCII);
    UUID stored =
        transactions.execute(
            status ->
                documents
                    .store(
                        filingId,
                        new NewDocument(
                            DocumentKind.NOTICE, "letter.pdf", "application/pdf", letter),
                        Instant.now())
                    .id());

    Map<String, Object> row =
        jdbc.sql(
                "SELECT pg_column_size(content) AS stored_bytes,"
                    + " pg_column_compression(content) AS compression FROM document WHERE id = :id")
            .param("id", stored)
            .query()
            .singleRow();
    assertThat(row.get("compression")).isNull();
    assertThat(((Number) row.get("stored_bytes")).longValue())
        .isGreaterThanOrEqualTo(letter.length);
    assertThat(documents.content(stored)).isEqualTo(letter);
  }

  @Test
  void issuesOneReceiptPerFilingWhoeverRunsTheJob() {
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), patent());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String id = filed.json().path("id").asString();
    Api.Response first = api.awaitReceipt(id, Tokens.of("alice"));

    receipts.runDue();
    UUID filingId = UUID.fromString(id);
    UUID issued = documents.findKind(filingId, DocumentKind.FILING_RECEIPT).orElseThrow().id();
    assertThat(letters.issueReceipt(filingId).id()).isEqualTo(issued);
    assertThat(
            documents.forFiling(filingId).stream()
                .filter(d -> d.kind() == DocumentKind.FILING_RECEIPT)
                .count())
        .isEqualTo(1);
    assertThat(api.awaitReceipt(id, Tokens.of("alice")).bytes()).isEqualTo(first.bytes());
  }

  @Test
  void strangersLearnNothingOfAReceipt() {
    Api.Response filed = api.postJson("/api/v1/filings", Tokens.of("alice"), patent());
    assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
    String receipt = filed.json().path("receipt").asString();
    assertThat(api.get(receipt, Tokens.of("bob")).status()).isEqualTo(404);
    assertThat(api.get(receipt, null).status()).isEqualTo(401);
  }

  private long owed(String filingId) {
    return jdbc.sql("SELECT count(*) FROM receipt_job WHERE filing_id = :id AND done_at IS NULL")
        .param("id", UUID.fromString(filingId))
        .query(Long.class)
        .single();
  }

  /**
   * A patent application described in the request itself: it uploads no document (and declares no
   * IPC symbols, which once made the validator fail with a 500).
   */
  private static Map<String, Object> patent() {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("ipRight", "PATENT");
    request.put("languageOfProceedings", "en");
    request.put(
        "applicant",
        Map.of("name", "Inventa SA", "country", "CH", "address", "Route de Berne 2, Lausanne"));
    request.put(
        "invention",
        Map.of(
            "title",
            "Self-winding escapement",
            "description",
            "An escapement that winds its spring from the motion of the wrist.",
            "claimsCount",
            3));
    return request;
  }
}
