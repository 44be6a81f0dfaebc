package org.ipflow.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How much room a PDF keeps for a signature or a document time-stamp.
 *
 * <p>PAdES reserves the room in the PDF before signing (the signature covers everything around it)
 * and fills what the CMS does not use with zeros. DSS reserves 9,472 bytes, written as 18,944 hex
 * digits; a seal with the development PKI's chain and its time-stamp takes about 4,700 and a
 * document time-stamp about 3,100, so zeros were most of a sealed receipt and of an augmented
 * certificate, parsed, digested and stored again with every version. The room is now what the last
 * signature of the same key (or the largest time-stamp token of the TSA) took, plus {@link
 * #MARGIN}; DSS's default the first time. A signature that no longer fits (a TSA whose new
 * certificate chain is longer) is made again with DSS's default, and its size learnt.
 */
final class SignatureSpace {

  /** DSS's own reservation ({@code PAdESSignatureParameters#getContentSize()}'s default). */
  static final int DSS_DEFAULT = 9472;

  /**
   * Room above the last size: signature values and time-stamp tokens differ by a few bytes from one
   * to the next (DER integers, time fractions, serial numbers).
   */
  static final int MARGIN = 1024;

  private final Map<CertificateToken, Integer> signatures = new ConcurrentHashMap<>();
  private final AtomicInteger timestamps = new AtomicInteger();

  /** The room to reserve for a signature by {@code signer}. */
  int forSignature(CertificateToken signer) {
    Integer size = signatures.get(signer);
    return size == null ? DSS_DEFAULT : size + MARGIN;
  }

  /** The room to reserve for a document time-stamp. */
  int forTimestamp() {
    int size = timestamps.get();
    return size == 0 ? DSS_DEFAULT : size + MARGIN;
  }

  /**
   * Records the size of a signature's CMS, or refuses it when it exceeds the room reserved: the
   * caller signs again with {@link #DSS_DEFAULT}.
   */
  void signatureMade(CertificateToken signer, int size, int reserved) {
    signatures.merge(signer, size, Math::max);
    if (size > reserved) {
      throw new TooSmall("signature", size, reserved);
    }
  }

  void timestampMade(int size) {
    timestamps.accumulateAndGet(size, Math::max);
  }

  /**
   * A time-stamp source that records the size of each token it returns and refuses a token larger
   * than {@code reserved} (0: no limit).
   */
  TSPSource measuring(TSPSource tsa, int reserved) {
    return new TSPSource() {
      private static final long serialVersionUID = 1L;

      @Override
      public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) {
        TimestampBinary token = tsa.getTimeStampResponse(algorithm, digest);
        int size = token.getBytes().length;
        timestampMade(size);
        if (reserved > 0 && size > reserved) {
          throw new TooSmall("time-stamp", size, reserved);
        }
        return token;
      }
    };
  }

  /** The room reserved was too small: the operation is made again with {@link #DSS_DEFAULT}. */
  static final class TooSmall extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooSmall(String what, int size, int reserved) {
      super("The " + what + " takes " + size + " bytes; " + reserved + " were reserved");
    }

    /** Whether {@code e}, or one of its causes, is a {@link TooSmall}. */
    static boolean in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof TooSmall) {
          return true;
        }
      }
      return false;
    }
  }
}
