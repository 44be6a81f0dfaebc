package org.ipflow.platform.filing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ipflow.platform.filing.Filing;
import org.ipflow.platform.filing.IpRight;
import org.ipflow.platform.filing.NewFiling;
import org.ipflow.workers.decision.Decision;
import org.ipflow.workers.decision.ReasonTexts;
import org.ipflow.workers.fees.ApplicationFeeInput;
import org.ipflow.workers.fees.ApplicationFees;
import org.ipflow.workers.fees.NoFeeScheduleException;
import org.springframework.stereotype.Component;

/**
 * The fee an application will owe, shown before it is submitted: the very decision the {@code
 * CalculateFee} task takes after receipt (the right's DMN schedule in force on the filing date, the
 * reduction table), with the same inputs (fee category of the applicant, classes / designs /
 * claims) — so what the page shows is what the office will ask.
 */
@Component
class FeePreview {

  private final ApplicationFees fees = new ApplicationFees();

  /** The fee of the application if it were filed on {@code filingDate}; empty without schedule. */
  Optional<Fee> of(NewFiling filing, LocalDate filingDate, String language) {
    return of(filing.ipRight(), filing.content(), filingDate, language);
  }

  Optional<Fee> of(Filing filing, String language) {
    return of(filing.ipRight(), filing.content(), filing.filingDate(), language);
  }

  private Optional<Fee> of(
      IpRight right, Filing.Content content, LocalDate filingDate, String language) {
    try {
      Decision decision =
          fees.decide(
              new ApplicationFeeInput(
                  right.name(),
                  filingDate,
                  content.applicant().feeCategory(),
                  content.feeUnits(right)));
      return Optional.of(
          new Fee(
              new BigDecimal((String) decision.outputs().get("amount")),
              (String) decision.outputs().get("currency"),
              decision.reasons().stream().map(r -> ReasonTexts.text(r, language)).toList()));
    } catch (NoFeeScheduleException e) {
      return Optional.empty();
    }
  }

  /** A fee with its explanation in the reader's language. */
  record Fee(BigDecimal amount, String currency, List<String> explanation) {}
}
