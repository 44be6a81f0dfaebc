package org.ipflow.platform.engine;

import java.time.Period;
import java.util.Map;
import org.ipflow.platform.filing.IpRight;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the procedure.
 *
 * @param missingElementsTimeLimit the time to supply the elements a filing date needs
 * @param deficiencyTimeLimit the time to remedy formal deficiencies
 * @param paymentTimeLimit the time to pay a fee shortfall
 * @param objectionTimeLimit the time to submit observations on an objection
 * @param meansOfAppeal how a refusal can be appealed, stated in every refusal
 * @param terms how long protection lasts, from the filing date, per right
 */
@ConfigurationProperties("ipflow.procedure")
public record ProcedureProperties(
    Period missingElementsTimeLimit,
    Period deficiencyTimeLimit,
    Period paymentTimeLimit,
    Period objectionTimeLimit,
    String meansOfAppeal,
    Map<IpRight, Period> terms) {}
