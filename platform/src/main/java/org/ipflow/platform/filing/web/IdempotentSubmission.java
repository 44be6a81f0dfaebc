package org.ipflow.platform.filing.web;

import java.net.URI;
import java.util.regex.Pattern;
import org.ipflow.platform.filing.FilingService;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.platform.filing.Submission;
import org.ipflow.platform.web.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A submission under the {@code Idempotency-Key} request header (IETF
 * draft-ietf-httpapi-idempotency-key-header): a retry gets the same 201 answer, marked {@code
 * Idempotent-Replayed: true}, and no second filing.
 */
@Component
class IdempotentSubmission {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private final FilingService filings;

  IdempotentSubmission(FilingService filings) {
    this.filings = filings;
  }

  /** Checks the header before anything is read or stored. */
  static String validKey(String key) {
    if (key == null) {
      return null;
    }
    if (!KEY.matcher(key).matches()) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-idempotency-key",
          "Invalid Idempotency-Key",
          "The Idempotency-Key header must be 1 to 255 visible ASCII characters, e.g. a UUID.");
    }
    return key;
  }

  ResponseEntity<ReceiptView> submit(NewFiling filing, String filedBy, String key) {
    Submission submission = receive(filing, filedBy, key);
    ResponseEntity.BodyBuilder created =
        ResponseEntity.created(URI.create("/api/v1/filings/" + submission.receipt().id()));
    if (submission.replayed()) {
      created.header(REPLAYED, "true");
    }
    return created.body(ReceiptView.of(submission.receipt()));
  }

  /** Files once per key: a retry, or a concurrent one, gets the submission of the first. */
  Submission receive(NewFiling filing, String filedBy, String key) {
    try {
      return filings.submit(filing, filedBy, validKey(key));
    } catch (DuplicateKeyException concurrentRetry) {
      // Another request with this key committed while this one waited: answer as its replay.
      return filings.submit(filing, filedBy, key);
    }
  }
}
