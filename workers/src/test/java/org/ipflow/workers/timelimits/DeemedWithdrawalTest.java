package org.ipflow.workers.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeemedWithdrawalTest {

  private final DeemedWithdrawal rule = new DeemedWithdrawal();
  private final LocalDate limit = LocalDate.of(2027, 1, 24);

  @Test
  void applicationIsDeemedWithdrawnTheDayAfterTheTimeLimitWithoutAnswer() {
    assertThat(rule.decide(limit, limit.plusDays(1), false).outcome())
        .isEqualTo(DeemedWithdrawal.WITHDRAWN);
  }

  @Test
  void lastDayOfTheTimeLimitIsStillInTime() {
    assertThat(rule.decide(limit, limit, false).outcome())
        .isEqualTo(DeemedWithdrawal.NOT_WITHDRAWN);
  }

  @Test
  void answeredApplicationIsNeverDeemedWithdrawn() {
    assertThat(rule.decide(limit, limit.plusMonths(3), true).outcome())
        .isEqualTo(DeemedWithdrawal.NOT_WITHDRAWN);
  }
}
