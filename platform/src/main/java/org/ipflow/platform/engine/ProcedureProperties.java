package org.ipflow.platform.engine;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the procedure.
 *
 * @param deficiencyTimeLimit the time limit to answer a deficiency notice, from the day it is sent
 * @param trademarkTermYears how long a trade-mark registration lasts, from the filing date
 */
@ConfigurationProperties("ipflow.procedure")
public record ProcedureProperties(Period deficiencyTimeLimit, int trademarkTermYears) {}
