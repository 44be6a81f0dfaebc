package org.ipflow.signing;

import java.time.Instant;
import java.util.Optional;

/**
 * Signs or seals documents, and augments signatures to long-term levels. Implementations are
 * thread-safe.
 */
public interface DocumentSigner {

  /**
   * Returns a copy of {@code pdf} with a PAdES signature (or seal) appended as an incremental
   * update.
   *
   * @throws SigningException if the document cannot be signed (not a PDF, encrypted, TSA failure,
   *     unknown officer …)
   */
  byte[] signPdf(byte[] pdf, SigningRequest request);

  /**
   * Returns a detached XAdES signature (an XML document of its own) of {@code xml}; the signature
   * references the document by {@code fileName} and covers its exact bytes, so the document stays
   * unchanged (byte-identical) and schema-valid.
   */
  byte[] signXmlDetached(byte[] xml, String fileName, SigningRequest request);

  /**
   * Returns a JAdES signature of {@code json}: an enveloping JWS in JSON serialization whose
   * payload is the document.
   */
  byte[] signJson(byte[] json, SigningRequest request);

  /**
   * Signs in {@code format}: the signed PDF (PAdES), the detached signature (XAdES) or the JWS
   * (JAdES).
   */
  byte[] sign(SignatureFormat format, byte[] document, String fileName, SigningRequest request);

  /**
   * Signs a document of a configured type with the format, level and signer of its {@link
   * SigningProfile}.
   *
   * @param officer the signing examiner's user name when the profile's role is {@link
   *     SignerRole#OFFICER_SIGNATURE}; ignored for seals
   * @throws IllegalArgumentException if the document type has no profile
   */
  byte[] sign(String documentType, byte[] document, String fileName, String officer);

  /**
   * Augments a signed document to {@code targetLevel} (B-T, B-LT or B-LTA): adds the signature
   * time-stamp, the validation data (certificates, CRLs / OCSP responses) and archive time-stamps
   * as needed, and returns the augmented document (a new version to store). Augmenting a B-LTA
   * document to B-LTA adds a new archive time-stamp (renewal).
   *
   * @param detachedContent the signed document when {@code signed} is a detached XAdES signature;
   *     null otherwise
   * @throws SigningException if the document cannot be augmented (no signature, invalid, lower
   *     target level …)
   */
  byte[] augment(byte[] signed, byte[] detachedContent, SignatureLevel targetLevel);

  /**
   * When the latest archive time-stamp of a B-LTA document needs renewing: the end of validity of
   * its time-stamping certificate, or the expiry date of its algorithms under the validation
   * policy, whichever comes first, less the configured margin. Empty when the document carries no
   * archive time-stamp (nothing to renew; augment it to B-LTA first). A scheduled job renews with
   * {@link #augment augment(signed, content, B_LTA)}.
   */
  Optional<Instant> archiveTimestampRenewalDue(byte[] signed, byte[] detachedContent);
}
