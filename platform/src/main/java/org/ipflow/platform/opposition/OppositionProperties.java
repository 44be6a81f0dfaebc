package org.ipflow.platform.opposition;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of oppositions.
 *
 * @param period the opposition period from publication: an ISO 8601 period such as {@code P3M}
 *     (then ended by the office calendar), or, for demonstrations only, a duration such as {@code
 *     PT1M}
 * @param postGrantPeriod the period for oppositions against a granted patent, from its publication
 * @param fee the opposition fee
 * @param currency its currency
 * @param observationsTimeLimit the applicant's time to answer an opposition
 * @param replyTimeLimit the opponent's time to reply to the applicant's observations
 */
@ConfigurationProperties("ipflow.opposition")
public record OppositionProperties(
    String period,
    Period postGrantPeriod,
    BigDecimal fee,
    String currency,
    Period observationsTimeLimit,
    Period replyTimeLimit) {}
