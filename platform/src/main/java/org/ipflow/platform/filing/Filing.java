package org.ipflow.platform.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A filing as the office holds it.
 *
 * @param fee the fee computed for it, or {@code null} before the fee decision
 * @param registration its registration, or {@code null} while not registered
 */
public record Filing(
    UUID id,
    ApplicationNumber applicationNumber,
    IpRight ipRight,
    FilingStatus status,
    LocalDate filingDate,
    Instant receivedAt,
    String filedBy,
    Applicant applicant,
    Mark mark,
    List<ClassTerms> goodsAndServices,
    Fee fee,
    Registration registration,
    int version) {

  /** The applicant as filed. */
  public record Applicant(String name, String country, String address, String email) {}

  /** The mark: its word element, if any (an image is filed as a document). */
  public record Mark(String text) {}

  /** The goods and services claimed in one Nice class. */
  public record ClassTerms(int niceClass, List<String> terms) {
    public ClassTerms {
      terms = List.copyOf(terms);
    }
  }

  /** The fee due. */
  public record Fee(BigDecimal amount, String currency) {}

  /** The registration of the right. */
  public record Registration(String number, LocalDate date, LocalDate expiryDate) {}
}
